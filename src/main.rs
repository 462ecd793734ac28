use clap::Parser;
use std::process::ExitCode;

/// mimalloc instead of the system allocator: reading and writing workbooks makes millions of
/// small allocations (cell strings, XML events, map nodes); see docs/PERFORMANCE.md.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = duban::cli::Cli::parse();
    match duban::driver::main(cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            eprintln!("duban: error: {err:#}");
            ExitCode::from(duban::driver::EXIT_FAILED)
        }
    }
}
