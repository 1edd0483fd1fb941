//! Writes the text table of every language the wasm does not carry into the folder given as
//! the only argument (`scripts/build.sh` gives `pkg`), one `painmap-<tag>.<stamp>.txt` each,
//! and prints their names.

use painmap_core::i18n::{table, Lang};
use std::{env, fs, path::Path, process::ExitCode};

fn main() -> ExitCode {
    let Some(folder) = env::args().nth(1) else {
        eprintln!("usage: lang_tables <folder>");
        return ExitCode::FAILURE;
    };
    // English is the wasm's own: the default, compiled in.
    for &lang in Lang::ALL.iter().filter(|lang| **lang != Lang::default()) {
        let path = Path::new(&folder).join(table::file_name(lang));
        if let Err(error) = fs::write(&path, table::encode(lang)) {
            eprintln!("{}: {error}", path.display());
            return ExitCode::FAILURE;
        }
        println!("{}", path.display());
    }
    ExitCode::SUCCESS
}
