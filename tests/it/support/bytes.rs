//! Input files made byte by byte for the collect tests: an OLE compound file holding the
//! streams named ([`cfb_with`]), which is what an encrypted workbook or a Word 97 document is
//! inside.

use std::io::{Cursor, Write};

/// A compound file with one 600-byte stream of each name in `streams` ("/EncryptionInfo").
pub fn cfb_with(streams: &[&str]) -> Vec<u8> {
    let mut f = cfb::CompoundFile::create(Cursor::new(Vec::new())).unwrap();
    for s in streams {
        f.create_stream(s).unwrap().write_all(&[1u8; 600]).unwrap();
    }
    f.flush().unwrap();
    f.into_inner().into_inner()
}
