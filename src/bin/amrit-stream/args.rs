//! Command-line definition (clap derive). `transform` is the default command, so
//! `amrit-stream --rules r.yaml < in.sql > out.sql` works with no subcommand.

use std::path::PathBuf;

use amrit_stream::ops::directory::Shard;
use amrit_stream::strategy::keyed::Derivation;
use clap::{Args, Parser, Subcommand};

/// The exit-code table of every command's long help.
macro_rules! exit_codes {
    () => {
        "\
Exit codes:
  0    success
  1    operational error: I/O, parse, truncated input, usage; also when the reader of stdout
       closes it before the output ends (the output is incomplete)
  2    policy stop: a column or table no rule covers, schema drift, no rules given, a kept
       column that holds personal data (the data gate, `profile`)
  3    security refusal
  4    leak found (verify)
  130  interrupted (Ctrl-C, SIGINT)
  143  stopped by SIGTERM
  129  stopped by SIGHUP"
    };
}

/// The examples of the commands that show them under `-h` too (under `--help` they come
/// before the exit codes).
macro_rules! examples {
    (convert) => {
        "Example (nightly, unattended):\n  amrit-stream convert --out-dir /var/backups/amrit/anon --resume --metrics-file /var/lib/node_exporter/amrit_convert.prom /var/backups/amrit/raw"
    };
    (prune) => {
        "Example: amrit-stream prune --out-dir /var/backups/amrit/anon --keep-days 14 --keep-last 2 --dry-run"
    };
    (refresh) => {
        "Examples:\n  amrit-stream refresh --config refresh.yaml --target uat --dry-run\n  amrit-stream refresh --config refresh.yaml --target uat --confirm-overwrite\n  amrit-stream refresh --config refresh.yaml --target uat --confirm-overwrite --rollback /var/backups/amrit/refresh-…/rollback"
    };
    (completions) => {
        "Example: amrit-stream completions bash > /etc/bash_completion.d/amrit-stream"
    };
    (man) => {
        "Example: amrit-stream man --dir /usr/local/share/man/man1   (every page: amrit-stream.1, amrit-stream-transform.1, ...)"
    };
}

const EXIT_CODES: &str = exit_codes!();

/// The command line as clap sees it, with what only the library knows added: the strategy
/// names (from the strategy registry) in `rules --help`.
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    Cli::command().mut_subcommand("rules", |c| {
        c.before_long_help(format!(
            "Strategies a column can take: {}.",
            amrit_stream::rules::spec::registry::names()
        ))
    })
}

/// Stream a MySQL/MariaDB dump through anonymization rules, with no temporary database.
#[derive(Debug, Parser)]
#[command(
    name = "amrit-stream",
    version,
    max_term_width = 100,
    args_conflicts_with_subcommands = true,
    after_long_help = EXIT_CODES,
    after_help = "Exit codes: 0 ok, 1 error, 2 uncovered column / drift / data gate, 3 refused, 4 leak, 130/143/129 interrupted."
)]
pub struct Cli {
    /// A command; without one, `transform` runs with the options below.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Options of the default `transform` command.
    #[command(flatten)]
    pub transform: TransformArgs,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Rewrite a dump under the rules (the default command).
    #[command(after_long_help = concat!("Examples:\n  mysqldump --single-transaction db_identity | amrit-stream transform | mysql uat_db\n  amrit-stream transform --key-file uat.key --compress zstd --encrypt -o db_iemr.anon.sql.zst.amrenc db_iemr.sql.gz\n  amrit-stream transform --names-from db_identity.fp --fingerprints db_iemr.fp -o out.sql db_iemr.sql\n\n", exit_codes!()))]
    Transform(TransformArgs),
    /// Write a deterministic synthetic dump (no real data) for benchmarks and demos.
    #[command(after_long_help = concat!("Examples:\n  amrit-stream synth --size 1G -o big.sql\n  amrit-stream synth --amrit --size 4M --seed 1 -o samples/amrit\n\n", exit_codes!()))]
    Synth(SynthArgs),
    /// Write a new random key to a file (mode 0600; never overwrites): a pseudonymization key
    /// (--key-file) or a master encryption key (--enc-key-file).
    #[command(after_long_help = concat!("Example:\n  amrit-stream keygen /etc/amrit-stream/uat.key\n\n", exit_codes!()))]
    Keygen(KeygenArgs),
    /// Work with rules files.
    #[command(subcommand)]
    #[command(after_long_help = concat!("Examples:\n  amrit-stream rules init --schema schema.sql > rules.yaml\n  amrit-stream rules inventory > rules/INVENTORY.md\n\n", exit_codes!()))]
    Rules(RulesCommand),
    /// Schema drift gate: check that the rules cover every table and column of a schema, that
    /// they still fit, and that no Flyway migration is newer than the rules (exit 2 when not).
    #[command(after_long_help = concat!("Example:\n  mysqldump --no-data --databases db_identity db_iemr | amrit-stream check --report check.html\n\n", exit_codes!()))]
    Check(CheckArgs),
    /// Stream the plaintext of an encrypted file (`.amrenc`), e.g. into `mysql`; every chunk is
    /// verified before it is written. `--check` verifies the whole file and writes nothing.
    #[command(after_long_help = concat!("Examples:\n  amrit-stream decrypt --check backup.sql.zst.amrenc\n  amrit-stream decrypt backup.sql.zst.amrenc | mysql uat_db\n\n", exit_codes!()))]
    Decrypt(DecryptArgs),
    /// Encrypt a dump (plain, .gz, .zst) into the encrypted format, e.g. a stored backup.
    #[command(after_long_help = concat!("Example:\n  mysqldump --single-transaction db_iemr | amrit-stream encrypt --compress zstd -o db_iemr.sql.zst.amrenc\n\n", exit_codes!()))]
    Encrypt(EncryptArgs),
    /// Add or remove master encryption keys of an encrypted file; rewrites the key slots only,
    /// the encrypted body is copied unchanged.
    #[command(after_long_help = concat!("Example:\n  amrit-stream rekey --add-key-file new.key --remove-key-id 0123456789abcdef backup.sql.zst.amrenc\n\n", exit_codes!()))]
    Rekey(RekeyArgs),
    /// Leak gate: scan an anonymized dump for personal data (patterns, and with
    /// `--fingerprints` originals that survived); exit 4 when any is found.
    #[command(after_long_help = concat!("Example:\n  amrit-stream verify --fingerprints db_iemr.fp --report verify.html db_iemr.anon.sql\n\n", exit_codes!()))]
    Verify(VerifyArgs),
    /// Content profile: read every value of every column and decide whether it holds personal
    /// data (PERSONAL, NOT or UNDECIDED, with the evidence), beside the column's rule; exit 2
    /// when a column the rules keep, or no rule covers, holds personal data.
    #[command(after_long_help = concat!("Example:\n  amrit-stream profile --report profile.html db_iemr.sql\n\n", exit_codes!()))]
    Profile(ProfileArgs),
    /// Batch conversion: turn stored backups (files or directories of .sql, .sql.gz, .sql.zst,
    /// .amrenc) into anonymized, compressed, encrypted copies in --out-dir, each with its
    /// manifest and fingerprints; several at once on one worker pool; `--resume` skips what
    /// is done. One bad input does not stop the others; the exit status is the worst.
    #[command(
        after_help = examples!(convert),
        after_long_help = concat!(examples!(convert), "\n\n", exit_codes!())
    )]
    Convert(ConvertArgs),
    /// Retention: remove anonymized outputs older than --keep-days from --out-dir, with their
    /// manifests and fingerprints, always keeping the newest --keep-last.
    #[command(
        after_help = examples!(prune),
        after_long_help = concat!(examples!(prune), "\n\n", exit_codes!())
    )]
    Prune(PruneArgs),
    /// Production to UAT in one command: fuses, gate 1 (schema), dump through the engine into
    /// encrypted anonymized backups, gate 2 (verify), a rollback backup of the target, restore,
    /// post-restore checks, and an audit line in backup_dir/audit.jsonl.
    #[command(
        after_help = examples!(refresh),
        after_long_help = concat!(examples!(refresh), "\n\n", exit_codes!())
    )]
    Refresh(RefreshArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell) to stdout.
    #[command(
        after_help = examples!(completions),
        after_long_help = concat!(examples!(completions), "\n\n", exit_codes!())
    )]
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff) to stdout, or write every page (the command's and one per
    /// subcommand, which it names) into a directory.
    #[command(
        after_help = examples!(man),
        after_long_help = concat!(examples!(man), "\n\n", exit_codes!())
    )]
    Man {
        /// Write `amrit-stream.1` and `amrit-stream-COMMAND.1` for every command here.
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

/// How a long run shows itself: progress on a terminal, a Prometheus textfile, a webhook.
#[derive(Debug, Args, Clone, Default)]
pub struct ObserveArgs {
    /// Progress on stderr: `auto` (when stderr is a terminal and not --quiet), `always`,
    /// `never`.
    #[arg(long, value_enum, default_value_t = ProgressMode::Auto, value_name = "WHEN")]
    pub progress: ProgressMode,
    /// Write Prometheus metrics (textfile-collector format) to FILE, atomically, every 10 s
    /// and at the end.
    #[arg(long, value_name = "FILE")]
    pub metrics_file: Option<PathBuf>,
    /// POST a Slack-compatible JSON message to URL on start, success, failure and drift
    /// (counts and names only, never data). A webhook that fails is a warning.
    #[arg(long, value_name = "URL")]
    pub notify_url: Option<String>,
}

/// When to show progress.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ProgressMode {
    /// When stderr is a terminal (and not --quiet).
    #[default]
    Auto,
    /// Always (even to a file).
    Always,
    /// Never.
    Never,
}

/// Options of `convert`.
#[derive(Debug, Args, Clone)]
pub struct ConvertArgs {
    /// No notes on stderr (warnings, errors and the summary table are still printed).
    #[arg(short, long)]
    pub quiet: bool,
    /// Stored backups: files, or directories whose .sql, .sql.gz, .sql.zst and .amrenc files
    /// are all converted.
    #[arg(value_name = "INPUT", required = true)]
    pub inputs: Vec<PathBuf>,
    /// Where the outputs go (created when missing; never inside an input directory):
    /// `NAME.anon.sql.zst.amrenc`, its `.manifest.json`, and `NAME.anon.fingerprints.amrenc`.
    #[arg(long, value_name = "DIR")]
    pub out_dir: PathBuf,
    /// Convert without a pseudonymization key, on a random one-off key: the pseudonyms then
    /// match no other run (without this flag a missing key is refused, exit 3).
    #[arg(long)]
    pub one_off_key: bool,
    /// Files converted at once; 0 = one per core. They share one pool of worker threads.
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub jobs: usize,
    /// Worker threads of the shared pool; 0 = one per core.
    #[arg(short = 'j', long, default_value_t = 0, value_name = "N")]
    pub threads: usize,
    /// Skip inputs whose output is complete and current (same input blake3, rules and keys).
    #[arg(long)]
    pub resume: bool,
    /// Compression: `zstd` or `zstd:LEVEL` (1-19, default 3). Outputs are always compressed.
    #[arg(long, value_name = "zstd[:LEVEL]", value_parser = parse_compress)]
    pub compress: Option<i32>,
    /// Write unencrypted outputs (still compressed; give --compress to say so). Fingerprints
    /// are always encrypted.
    #[arg(long, requires = "compress")]
    pub no_encrypt: bool,
    /// Plaintext bytes per encrypted chunk (suffixes K, M).
    #[arg(long, default_value = "1M", value_parser = parse_size, value_name = "SIZE", hide = true)]
    pub chunk_size: usize,
    /// The rules file.
    #[command(flatten)]
    pub rules: RulesArgs,
    /// The pseudonymization key (the same as the weekly refresh's, so IDs match).
    #[command(flatten)]
    pub key: KeyArgs,
    /// A summary report (`FILE.json` or `FILE.html`).
    #[command(flatten)]
    pub report: ReportArgs,
    /// Master encryption keys: outputs are sealed for them, encrypted inputs opened with them.
    #[command(flatten)]
    pub enc: EncKeyArgs,
    /// Progress, metrics, notifications.
    #[command(flatten)]
    pub observe: ObserveArgs,
}

/// Options of `refresh`.
#[derive(Debug, Args, Clone)]
pub struct RefreshArgs {
    /// No notes on stderr.
    #[arg(short, long)]
    pub quiet: bool,
    /// The configuration (YAML: source, targets, backup_dir, rules, allowed_environments,
    /// keys, retention).
    #[arg(long, value_name = "FILE")]
    pub config: PathBuf,
    /// The target, by its name in the configuration.
    #[arg(long, value_name = "NAME")]
    pub target: String,
    /// Required for any run that writes to the target (full, restore-only, rollback).
    #[arg(long)]
    pub confirm_overwrite: bool,
    /// `full` (default), `anonymize-only` (stop after gate 2), `restore-only` (with --backup).
    #[arg(long, value_enum, default_value_t = RefreshMode::Full)]
    pub mode: RefreshMode,
    /// The directory of anonymized backups for `--mode restore-only`.
    #[arg(long, value_name = "DIR", required_if_eq("mode", "restore-only"))]
    pub backup: Option<PathBuf>,
    /// Fuses, preflight and gate 1 only: nothing is dumped or written to the target.
    #[arg(long, conflicts_with_all = ["rollback"])]
    pub dry_run: bool,
    /// Restore the target from this rollback backup directory (same fuses).
    #[arg(long, value_name = "DIR")]
    pub rollback: Option<PathBuf>,
    /// Refused: passwords come only from the environment variables the configuration names.
    #[arg(long, hide = true, value_name = "PASSWORD")]
    pub password: Option<String>,
    /// A report of the run (`FILE.json` or `FILE.html`).
    #[command(flatten)]
    pub report: ReportArgs,
    /// Progress, metrics, notifications.
    #[command(flatten)]
    pub observe: ObserveArgs,
}

/// The modes of `refresh`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum RefreshMode {
    /// Production to the target, everything.
    #[default]
    Full,
    /// Stop after the verified anonymized backups.
    AnonymizeOnly,
    /// Restore the backups in --backup.
    RestoreOnly,
}

/// Options of `prune`.
#[derive(Debug, Args, Clone)]
pub struct PruneArgs {
    /// No notes on stderr.
    #[arg(short, long)]
    pub quiet: bool,
    /// The output directory of `convert` (or of `transform -o`).
    #[arg(long, value_name = "DIR")]
    pub out_dir: PathBuf,
    /// Keep outputs younger than this many days (the plans keep anonymized copies 14 days).
    #[arg(long, value_name = "DAYS")]
    pub keep_days: u64,
    /// Always keep the newest this many outputs of each database, whatever their age (1 or
    /// more).
    #[arg(long, default_value_t = 1, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub keep_last: u64,
    /// List what would be removed; remove nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// Options of `profile`.
#[derive(Debug, Args, Clone)]
#[command(
    mut_arg("inputs", |a| a.help("Dumps to profile (plain, .gz, .zst, .amrenc); `-` or none = stdin")),
    mut_arg("rules", |a| a.help("The rules to judge against (default: the built-in AMRIT rules): kept columns that hold personal data fail, and waivers are read from it"))
)]
pub struct ProfileArgs {
    /// No notes on stderr (warnings and errors are still printed).
    #[arg(short, long)]
    pub quiet: bool,
    /// Dumps to profile.
    #[command(flatten)]
    pub input: InputArgs,
    /// The rules.
    #[command(flatten)]
    pub rules: RulesArgs,
    /// Database of a dump that does not say.
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// Reports to write.
    #[command(flatten)]
    pub report: ReportArgs,
    /// Master encryption keys, for encrypted inputs.
    #[command(flatten)]
    pub enc: EncKeyArgs,
    /// Accept a dump whose mysqldump header promises a closing `-- Dump completed` line it
    /// lacks: the head of a large dump cut at a statement boundary, profiled as a sample.
    #[arg(long)]
    pub allow_incomplete: bool,
    /// Metrics and notifications.
    #[command(flatten)]
    pub observe: ObserveArgs,
}

/// Options of `verify`.
#[derive(Debug, Args, Clone)]
#[command(
    mut_arg("inputs", |a| a.help("Anonymized dumps (plain, .gz, .zst, .amrenc); `-` or none = stdin")),
    mut_arg("rules", |a| a.help("The rules the dump was made with (default: the built-in AMRIT rules): they say which columns hold generated values"))
)]
pub struct VerifyArgs {
    /// No notes on stderr (warnings and errors are still printed).
    #[arg(short, long)]
    pub quiet: bool,
    /// Anonymized dumps.
    #[command(flatten)]
    pub input: InputArgs,
    /// The rules the dump was made with.
    #[command(flatten)]
    pub rules: RulesArgs,
    /// The fingerprints file the transform wrote (`transform --fingerprints`): finds originals
    /// that survived and tells generated numbers in free text from real ones.
    #[arg(long, value_name = "FILE")]
    pub fingerprints: Option<PathBuf>,
    /// Database of a dump that does not say.
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// Reports to write.
    #[command(flatten)]
    pub report: ReportArgs,
    /// Master encryption keys, for encrypted inputs and the fingerprints file.
    #[command(flatten)]
    pub enc: EncKeyArgs,
    /// Metrics and notifications.
    #[command(flatten)]
    pub observe: ObserveArgs,
}

/// The pseudonymization key.
#[derive(Debug, Args, Clone, Default)]
pub struct KeyArgs {
    /// File holding the pseudonymization key (base64, from `keygen`, mode 0600). Without it,
    /// AMRIT_STREAM_KEY is used; without both, a random one-off key (pseudonyms then match no
    /// other run).
    #[arg(long, value_name = "PATH")]
    pub key_file: Option<PathBuf>,

    /// Refused: a key on the command line is visible to every user (ps, shell history).
    #[arg(long, hide = true, value_name = "KEY")]
    pub key: Option<String>,

    /// How the key becomes pseudonyms: 2 (AES, the default) or 1 (BLAKE3, the derivation of
    /// outputs made before version 2: the same key and 1 make those pseudonyms again).
    #[arg(long, default_value = "2", value_name = "N")]
    pub derivation: Derivation,
}

/// Dumps to read.
#[derive(Debug, Args, Clone, Default)]
pub struct InputArgs {
    /// Dump files (plain, .gz, .zst or .amrenc, detected by content); `-` or none = stdin.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
}

impl InputArgs {
    /// The inputs, stdin when none is given.
    pub fn paths(&self) -> Vec<PathBuf> {
        if self.inputs.is_empty() {
            vec![PathBuf::from("-")]
        } else {
            self.inputs.clone()
        }
    }
}

/// The rules file.
#[derive(Debug, Args, Clone, Default)]
pub struct RulesArgs {
    /// The rules file (YAML); default: the built-in AMRIT rules.
    #[arg(long, value_name = "FILE")]
    pub rules: Option<PathBuf>,
}

/// The database of a dump that does not name it.
#[derive(Debug, Args, Clone, Default)]
pub struct DatabaseArgs {
    /// Database name for a dump that does not say.
    #[arg(long, value_name = "NAME")]
    pub database: Option<String>,
}

/// Reports to write.
#[derive(Debug, Args, Clone, Default)]
pub struct ReportArgs {
    /// Write a report: `FILE.json` or `FILE.html` (repeatable).
    #[arg(long, value_name = "FILE")]
    pub report: Vec<PathBuf>,
}

/// Master encryption keys (besides AMRIT_STREAM_ENC_KEY).
#[derive(Debug, Args, Clone, Default)]
pub struct EncKeyArgs {
    /// File holding a master encryption key (base64, from `keygen`, mode 0600); repeatable.
    /// Added to the keys in AMRIT_STREAM_ENC_KEY (base64, several separated by commas).
    #[arg(long = "enc-key-file", value_name = "PATH")]
    pub files: Vec<PathBuf>,
}

/// Options of `decrypt`.
#[derive(Debug, Args, Clone)]
pub struct DecryptArgs {
    /// No notes on stderr (warnings and errors are still printed).
    #[arg(short, long)]
    pub quiet: bool,
    /// The encrypted file; `-` or none = stdin.
    #[arg(value_name = "INPUT")]
    pub input: Option<PathBuf>,
    /// Write the plaintext here instead of stdout (temporary name, renamed at the end).
    #[arg(short, long, value_name = "PATH", conflicts_with = "check")]
    pub output: Option<PathBuf>,
    /// Verify every chunk's tag without writing any plaintext (run it before a restore).
    #[arg(long)]
    pub check: bool,
    /// Master encryption keys.
    #[command(flatten)]
    pub enc: EncKeyArgs,
}

/// Options of `encrypt`.
#[derive(Debug, Args, Clone)]
#[command(mut_arg("inputs", |a| a.help("Dumps to read (plain, .gz, .zst); `-` or none = stdin. Several are concatenated")))]
pub struct EncryptArgs {
    /// No notes on stderr (warnings and errors are still printed).
    #[arg(short, long)]
    pub quiet: bool,
    /// Dumps to read.
    #[command(flatten)]
    pub input: InputArgs,
    /// The encrypted file to write (conventionally `NAME.sql.zst.amrenc`); stdout when absent
    /// and stdout is not a terminal.
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Compress before encrypting: `zstd` or `zstd:LEVEL` (1-19, default 3).
    #[arg(long, value_name = "zstd[:LEVEL]", value_parser = crate::args::parse_compress)]
    pub compress: Option<i32>,
    /// Plaintext bytes per encrypted chunk (suffixes K, M).
    #[arg(long, default_value = "1M", value_parser = parse_size, value_name = "SIZE", hide = true)]
    pub chunk_size: usize,
    /// Encrypt a dump whose header promises a closing `-- Dump completed` line it lacks (by
    /// default such a cut-short dump is refused, as is an empty input).
    #[arg(long)]
    pub allow_incomplete: bool,
    /// Master encryption keys: the file is sealed for every one given.
    #[command(flatten)]
    pub enc: EncKeyArgs,
}

/// Options of `rekey`.
#[derive(Debug, Args, Clone)]
pub struct RekeyArgs {
    /// No notes on stderr (warnings and errors are still printed).
    #[arg(short, long)]
    pub quiet: bool,
    /// The encrypted file, rewritten in place (atomically).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Key file of a master key to add (repeatable).
    #[arg(long = "add-key-file", value_name = "PATH")]
    pub add: Vec<PathBuf>,
    /// Key id (16 hex digits, as `decrypt --check` prints) of a master key to remove
    /// (repeatable).
    #[arg(long = "remove-key-id", value_name = "ID")]
    pub remove: Vec<String>,
    /// Master encryption keys that open the file now.
    #[command(flatten)]
    pub enc: EncKeyArgs,
}

/// Options of `check`.
#[derive(Debug, Args, Clone)]
#[command(mut_arg("inputs", |a| a.help("Schema-only dumps (`mysqldump --no-data`), full dumps, or schema facts (a `.yaml` file or a directory of them); `-` or none = stdin")))]
pub struct CheckArgs {
    /// No notes on stderr (warnings and errors are still printed).
    #[arg(short, long)]
    pub quiet: bool,
    /// The schemas to check.
    #[command(flatten)]
    pub input: InputArgs,
    /// With `default: keep`, accept rules that name a database, table or column the schema does
    /// not have (otherwise the gate fails: a misspelled name would leave data unanonymized).
    #[arg(long)]
    pub allow_unmatched: bool,
    /// The rules file.
    #[command(flatten)]
    pub rules: RulesArgs,
    /// Database of a dump that does not say.
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// Reports to write.
    #[command(flatten)]
    pub report: ReportArgs,
    /// Master encryption keys, for encrypted inputs.
    #[command(flatten)]
    pub enc: EncKeyArgs,
    /// Metrics and notifications.
    #[command(flatten)]
    pub observe: ObserveArgs,
}

/// `rules` subcommands.
#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Print a complete starter rules file for a schema: every table and column, with suggested
    /// strategies marked for review.
    Init {
        /// A dump to read the schema from (`mysqldump --no-data`, or a full dump), or schema facts
        /// (a `.yaml` file or a directory of them, as in `../shared/amrit-schema`).
        #[arg(long, value_name = "DUMP")]
        schema: PathBuf,
        /// Database of a dump that does not say.
        #[command(flatten)]
        database: DatabaseArgs,
    },
    /// Print the personal-data inventory of a rules file as a Markdown table: every column
    /// whose strategy is not `keep`, with its category and strategy.
    Inventory {
        /// The rules file.
        #[command(flatten)]
        rules: RulesArgs,
    },
}

/// Options of `keygen`.
#[derive(Debug, Args, Clone)]
pub struct KeygenArgs {
    /// The key file to create.
    #[arg(value_name = "PATH")]
    pub path: PathBuf,
}

/// Options of `synth`.
#[derive(Debug, Args, Clone)]
pub struct SynthArgs {
    /// Approximate size of the dump (suffixes K, M, G).
    #[arg(long, default_value = "16M", value_parser = parse_size, value_name = "SIZE")]
    pub size: usize,
    /// Seed of the generator: the same seed and size give the same bytes.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Write here instead of stdout (with `--amrit`: the directory for the four files).
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Synthetic AMRIT data instead: `db_identity.sql`, `db_1097_identity.sql`, `db_iemr.sql`
    /// and `db_reporting.sql` in the `-o` directory, with the real schema from `--schema`.
    #[arg(long, requires = "output")]
    pub amrit: bool,
    /// AMRIT schema facts (with `--amrit`; in the project, `../shared/amrit-schema`): given
    /// explicitly, never looked for from the working directory.
    #[arg(long, value_name = "DIR", required_if_eq("amrit", "true"))]
    pub schema: Option<PathBuf>,
}

/// Options of `transform`.
#[derive(Debug, Args, Clone)]
#[command(
    mut_arg("inputs", |a| a.help("Dump files to read (plain, .gz, .zst or .amrenc, detected by content); `-` or none = stdin. Several files are transformed one after the other into one output")),
    mut_arg("rules", |a| a.help("The rules file (YAML). Without it, the AMRIT rules built into the binary (`rules/amrit.yaml`) are used")),
    mut_arg("database", |a| a.help("Database name for a dump that does not say (no `USE`, no header comment)")),
    mut_arg("report", |a| a.help("Write a run report: `FILE.json` or `FILE.html` (repeatable)"))
)]
pub struct TransformArgs {
    /// Dumps to read.
    #[command(flatten)]
    pub input: InputArgs,

    /// The rules file.
    #[command(flatten)]
    pub rules: RulesArgs,

    /// Write the output here instead of stdout (written to a temporary name, renamed at the end).
    /// For a mydumper directory input: the directory to write (it must not exist).
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,

    /// Of a mydumper directory, write only share K of N (its files dealt by size; schema files
    /// and metadata in share 1): N machines, one share each, together write the whole output.
    #[arg(long, value_name = "K/N")]
    pub shard: Option<Shard>,

    /// Schema-only dump (`mysqldump --no-data`) for dumps without CREATE TABLE (`--no-create-info`).
    #[arg(long, value_name = "FILE")]
    pub schema: Option<PathBuf>,

    /// Database of a dump that does not say.
    #[command(flatten)]
    pub database: DatabaseArgs,

    /// The pseudonymization key.
    #[command(flatten)]
    pub key: KeyArgs,

    /// Worker threads; 0 = one per core.
    #[arg(short = 'j', long, default_value_t = 0, value_name = "N")]
    pub threads: usize,

    /// Largest allowed single statement, in bytes (suffixes K, M, G).
    #[arg(long, default_value = "256M", value_parser = parse_size, value_name = "SIZE")]
    pub max_statement_size: usize,

    /// Bytes of complete statements per batch handed to a worker (suffixes K, M, G).
    #[arg(long, default_value = "4M", value_parser = parse_size, value_name = "SIZE", hide = true)]
    pub batch_size: usize,

    /// The output gate tests every written row, not each table's head and then one row in 32
    /// (about a third more CPU; recorded in the manifest). For a run whose output no `verify`
    /// reads again.
    #[arg(long)]
    pub gate_every_row: bool,

    /// Benchmarks only: run without the output gate, to measure what it costs. Never for data
    /// that leaves the machine (nothing then proves the output holds no personal data).
    #[arg(long, hide = true)]
    pub bench_without_output_gate: bool,

    /// No summary on stderr.
    #[arg(short, long)]
    pub quiet: bool,

    /// Compress the output: `zstd` or `zstd:LEVEL` (1-19, default 3), multithreaded.
    #[arg(long, value_name = "zstd[:LEVEL]", value_parser = parse_compress)]
    pub compress: Option<i32>,

    /// Encrypt the output (`.amrenc` format) for the master encryption keys
    /// (AMRIT_STREAM_ENC_KEY, --enc-key-file). With -o, conventionally `NAME.sql.zst.amrenc`.
    #[arg(long)]
    pub encrypt: bool,

    /// Write the BenRegID pairs (original,new) seen in this run to FILE, encrypted for the
    /// master encryption keys (needs one).
    #[arg(long, value_name = "FILE")]
    pub mapping_out: Option<PathBuf>,

    /// Plaintext bytes per encrypted chunk (suffixes K, M).
    #[arg(long, default_value = "1M", value_parser = parse_size, value_name = "SIZE", hide = true)]
    pub chunk_size: usize,

    /// Write keyed fingerprints of every rewritten column's original values (never the values)
    /// to FILE, encrypted, for `verify --fingerprints` (needs a master encryption key).
    #[arg(long, value_name = "FILE")]
    pub fingerprints: Option<PathBuf>,

    /// The fingerprints file of an earlier run (`--fingerprints` of the db_identity transform):
    /// `scrub` also finds, in notes, the names that run saw in its name columns (needs the
    /// master encryption key the file was written with).
    #[arg(long, value_name = "FILE")]
    pub names_from: Option<PathBuf>,

    /// Run the whole `check` gate on the input files before writing anything (files only).
    #[arg(long)]
    pub check_first: bool,

    /// With `default: keep`, accept rules that name a database, table or column the input does
    /// not have (otherwise an error: a misspelled name would leave data unanonymized).
    #[arg(long)]
    pub allow_unmatched: bool,

    /// Accept a dump whose mysqldump header promises a closing `-- Dump completed` line it
    /// lacks (a hand-trimmed file). Never for production dumps: one cut short looks the same.
    #[arg(long)]
    pub allow_incomplete: bool,

    /// Reports to write.
    #[command(flatten)]
    pub report: ReportArgs,

    /// Master encryption keys: for encrypted inputs, `--encrypt`, `--mapping-out` and
    /// `--fingerprints`.
    #[command(flatten)]
    pub enc: EncKeyArgs,

    /// Progress, metrics, notifications.
    #[command(flatten)]
    pub observe: ObserveArgs,
}

/// Parse `zstd` or `zstd:LEVEL`.
pub fn parse_compress(s: &str) -> std::result::Result<i32, String> {
    amrit_stream::io::output::parse_compress(s)
}

/// Parse `123`, `64K`, `256M`, `1G` into bytes.
pub fn parse_size(s: &str) -> std::result::Result<usize, String> {
    let s = s.trim();
    let (digits, mult) = match s.as_bytes().last() {
        Some(b'k' | b'K') => (&s[..s.len() - 1], 1usize << 10),
        Some(b'm' | b'M') => (&s[..s.len() - 1], 1 << 20),
        Some(b'g' | b'G') => (&s[..s.len() - 1], 1 << 30),
        _ => (s, 1),
    };
    let n: usize = digits
        .parse()
        .map_err(|_| format!("`{s}` is not a size like 4096, 64K, 256M or 1G"))?;
    n.checked_mul(mult)
        .ok_or_else(|| format!("`{s}` is too large"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("4096"), Ok(4096));
        assert_eq!(parse_size("64K"), Ok(65536));
        assert_eq!(parse_size("256M"), Ok(256 << 20));
        assert!(parse_size("lots").is_err());
    }

    #[test]
    fn transform_is_the_default() {
        let c =
            Cli::try_parse_from(["amrit-stream", "--rules", "r.yaml", "-j", "2", "a.sql"]).unwrap();
        assert!(c.command.is_none());
        assert_eq!(c.transform.threads, 2);
        let c = Cli::try_parse_from(["amrit-stream", "transform", "--rules", "r.yaml"]).unwrap();
        assert!(matches!(c.command, Some(Command::Transform(_))));
    }
}
