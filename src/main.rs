use duban::msg::{self, Lang};
use std::process::ExitCode;

/// mimalloc instead of the system allocator: reading and writing workbooks makes millions of
/// small allocations (cell strings, XML events, map nodes); see docs/PERFORMANCE.md.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // The language first: clap's help and errors already speak it.
    let (flag, args) = duban::cli::take_lang(std::env::args_os().collect());
    let env = |k| std::env::var(k).ok();
    msg::set_lang(Lang::choose(
        flag.as_deref(),
        env("DUBAN_LANG").as_deref(),
        env("LANG").as_deref(),
    ));
    let cli = match duban::cli::parse(args) {
        Ok(cli) => cli,
        Err(code) => return ExitCode::from(code),
    };
    // A reader's panic on a damaged workbook is caught and reported as that file's reason;
    // the default hook would also print it on stderr as if duban had crashed.
    duban::collect::quiet_panics_in_readers();
    match duban::driver::main(cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            // The whole cause chain, joined the way the language joins a cause to its effect.
            let sep = msg::CommonMsg::CauseSeparator.to_string();
            let chain = err.chain().map(|e| e.to_string()).collect::<Vec<_>>().join(&sep);
            eprintln!("{}", msg::ConsoleMsg::Error { chain });
            ExitCode::from(duban::driver::EXIT_FAILED)
        }
    }
}
