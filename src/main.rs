use clap::Parser;
use std::process::ExitCode;

/// mimalloc instead of the system allocator: reading and writing workbooks makes millions of
/// small allocations (cell strings, XML events, map nodes); see docs/PERFORMANCE.md.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = duban::cli::Cli::parse();
    // A reader's panic on a damaged workbook is caught and reported as that file's reason;
    // the default hook would also print it on stderr as if duban had crashed.
    duban::collect::quiet_panics_in_readers();
    match duban::driver::main(cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            eprintln!("duban: error: {err:#}");
            ExitCode::from(duban::driver::EXIT_FAILED)
        }
    }
}
