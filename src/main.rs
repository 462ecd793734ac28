use duban::console::Window;
use duban::msg::{self, Lang};
use std::process::ExitCode;

/// mimalloc instead of the system allocator: reading and writing workbooks makes millions of
/// small allocations (cell strings, XML events, map nodes); see docs/PERFORMANCE.md.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The status of a run that panicked (Rust's own), when the panic was caught to keep a
/// double-clicked window open.
const EXIT_PANIC: u8 = 101;

fn main() -> ExitCode {
    // Double-clicked in Explorer: run on the exe's folder, and keep the window open at the end.
    let window = Window::open(std::env::args_os().len().saturating_sub(1));
    let code = std::panic::catch_unwind(run).unwrap_or(EXIT_PANIC);
    window.close();
    ExitCode::from(code)
}

fn run() -> u8 {
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
        Err(code) => return code,
    };
    // A reader's panic on a damaged workbook is caught and reported as that file's reason;
    // the default hook would also print it on stderr as if duban had crashed.
    duban::collect::quiet_panics_in_readers();
    match duban::driver::main(cli) {
        Ok(code) => code,
        Err(err) => {
            // The whole cause chain, joined the way the language joins a cause to its effect.
            let sep = msg::CommonMsg::CauseSeparator.to_string();
            let chain = err.chain().map(|e| e.to_string()).collect::<Vec<_>>().join(&sep);
            duban::errln!("{}", msg::ConsoleMsg::Error { chain });
            duban::driver::EXIT_FAILED
        }
    }
}
