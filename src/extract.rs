//! Stage 3: raw cells -> typed records. (To be written: issue 4.)
