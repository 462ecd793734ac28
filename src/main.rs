use clap::Parser;
use std::process::ExitCode;

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
