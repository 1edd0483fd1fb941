//! The settings a page passes to `mount(element, config, source, trusted)`, read and checked.
//!
//! Pure: the JS boundary turns the JavaScript object into a [`RawValue`] and this module does
//! the rest, so every message a webmaster can see is tested natively. Malformed values are
//! refused with a message that names the setting, the value and what is expected: a typo must
//! not silently fall back to a default. How strictly a key painmap does not know is treated,
//! and which settings may be set at all, depends on where the settings come from ([`Source`]).

use crate::engine::Technique;
use crate::i18n::Lang;
use crate::model::vocab::vocabulary;
use crate::model::{has_str, push_digits, split_at_str, suggest, Problem, ProblemKind, RawValue};

/// One setting as the widget reads it: its name as a key of the config object (`clinicName`;
/// the attribute is `data-clinic-name`, the query parameter `clinic-name`), whether a
/// stranger's link must never set it, and how its value goes into a [`Config`].
struct Setting {
    name: &'static str,
    /// Could send a person to a wrong number or a stranger's page: never read from the
    /// query string, which anyone can write.
    safety: bool,
    /// A malformed value is its `Err`; `techniques`, which can find several, puts all but
    /// the first kind of problem straight into the list.
    read: fn(&RawValue, &mut Config, &mut Vec<Problem>) -> Result<(), Problem>,
}

/// One setting as the docs present it: the README's settings table, the loader's list of
/// attributes and the TypeScript types are generated from these or checked against them
/// (`crates/painmap-core/tests/settings_doc.rs`). A separate table from [`Setting`] so that
/// none of this text is in the wasm; [`settings!`] fills both from one declaration.
#[derive(Clone, Copy, Debug)]
pub struct SettingDoc {
    /// The JS key.
    pub name: &'static str,
    /// Whether the iframe page's query string may set it.
    pub in_query: bool,
    /// What it accepts (the README's "value" column); `{techniques}` stands for the
    /// technique ids.
    pub value: &'static str,
    /// What applies when it is not set.
    pub default: &'static str,
    /// An example value, as written in an attribute.
    pub example: &'static str,
}

impl SettingDoc {
    /// `data-clinic-name`.
    pub fn attribute(&self) -> String {
        Source::Attributes.spell(self.name)
    }

    /// `clinic-name`, or `None` for a safety setting, which the query string never sets.
    pub fn query(&self) -> Option<String> {
        self.in_query.then(|| Source::Query.spell(self.name))
    }
}

/// Every setting, declared once: name, where it may come from, how it is read, and its docs.
macro_rules! settings {
    ($(
        $name:literal, $from:ident, $read:expr,
        value $value:literal, default $default:literal, example $example:literal;
    )+) => {
        /// Every setting painmap knows, in the order the messages list them.
        const SETTINGS: &[Setting] = &[$(Setting {
            name: $name,
            safety: settings!(@safety $from),
            read: $read,
        },)+];

        /// The same settings, as the docs describe them.
        pub const SETTING_DOCS: &[SettingDoc] = &[$(SettingDoc {
            name: $name,
            in_query: !settings!(@safety $from),
            value: $value,
            default: $default,
            example: $example,
        },)+];
    };
    (@safety anywhere) => { false };
    (@safety page_only) => { true };
}

settings! {
    "lang", anywhere, |value, config, _| read_lang(value).map(|v| config.lang = v),
    value "the tag of a language painmap speaks (listed under Languages, above), such as `en`; a regional tag such as `en-GB` reads as its language",
    default "the browser's first language painmap speaks, else English",
    example "es";

    "clinicName", anywhere,
    |value, config, _| read_clinic_name(value).map(|v| config.clinic_name = v),
    value "one line of text, at most 80 characters, without control or text-direction characters: the clinic's name, on the booking button and in the summary",
    default "none",
    example "Riverside Massage Clinic";

    "techniques", anywhere,
    |value, config, problems| read_techniques(value, problems).map(|v| config.techniques = v),
    value "the techniques the clinic offers: comma-separated ids (in JS also an array) out of {techniques}",
    default "not set: suggestions say neither \"offered here\" nor \"ask us\"",
    example "swedish,deep_tissue";

    "bookingUrl", page_only,
    |value, config, _| read_booking_url(value).map(|v| config.booking_url = v),
    value "an absolute `https://` address whose host is a domain name (in any script, or its `xn--` form), an IPv4 address or an IPv6 address in brackets, with no user name (`https://clinic.example@…`), spaces or control characters, at most 2000 characters (`http://` only for `localhost`, `127.0.0.1` and `[::1]`, for testing); the Book button appears only when a massage fits",
    default "no Book button",
    example "https://clinic.example/book";

    "phone", page_only, |value, config, _| read_phone(value).map(|v| config.phone = v),
    value "the clinic's phone number: groups of digits with one space or `-` between them and an optional `+` in front, 3 to 20 digits (no parentheses or letters: what is shown is what the phone dials)",
    default "none",
    example "+44 20 7946 0000";

    "emergencyNumber", page_only,
    |value, config, _| read_emergency_number(value).map(|v| config.emergency_number = v),
    value "the number to call in an emergency: 2 to 6 digits",
    default "by the browser's region: 911 (US, CA, MX), 999 (UK, IE), 000 (AU), 111 (NZ), else 112",
    example "999";

    "theme", anywhere,
    |value, config, _| read_theme(value).map(|v| config.theme = v.unwrap_or_default()),
    value "`light`, `dark`, `auto` (the person's system setting) or `host` (the page's `color-scheme`)",
    default "`light`",
    example "auto";

    "accent", anywhere,
    |value, config, _| read_accent(value).map(|colour| {
        config.accent = colour.map(|c| for_light(c).hex());
        config.accent_dark = colour.map(|c| for_dark(c).hex());
    }),
    value "a colour `#rgb` or `#rrggbb`, for buttons and highlights; darkened (light theme) or lightened (dark theme) where needed for 4.5:1 contrast",
    default "`#0b6e69` (teal)",
    example "#7a3e9d";

    "key", anywhere, |value, config, _| read_key(value).map(|v| config.key = v),
    value "1 to 64 letters, digits, `-` or `_`: the name the widget keeps its journey under for a reload, for an element without an `id`",
    default "the element's `id`",
    example "back-pain";
}

vocabulary! {
    /// Where a page's settings come from: it decides what an unknown key is and what may be
    /// set. The ids are `mount`'s third argument.
    #[derive(Default)]
    pub enum Source {
        /// `mount(element, config)` from the page's own script: a key painmap does not know
        /// is a bug in that script, refused like a malformed value.
        #[default]
        Script = "script",
        /// A `<pain-map>`'s `data-` attributes. The page may use `data-` attributes of its
        /// own (analytics, tests), and adding one must not break a running widget: an unknown
        /// one is a console warning.
        Attributes = "attributes",
        /// The iframe page's query string. Anyone can link to the clinic's copy of
        /// `embed.html` with parameters of their choosing, so the safety settings are never
        /// read from it, and unknown parameters are warnings.
        Query = "query",
    }
}

impl Source {
    /// How a page writes a setting here: `clinicName`, `data-clinic-name`, `clinic-name`.
    fn spell(self, name: &str) -> String {
        let mut spelled = String::new();
        match self {
            Source::Script => return name.to_owned(),
            Source::Attributes => spelled.push_str("data-"),
            Source::Query => {}
        }
        for c in name.chars() {
            if c.is_ascii_uppercase() {
                spelled.push('-');
            }
            spelled.push(c.to_ascii_lowercase());
        }
        spelled
    }

    /// What the page calls one of its settings, for a warning.
    fn what(self) -> &'static str {
        match self {
            Source::Script => "setting ",
            Source::Attributes => "attribute ",
            Source::Query => "query parameter ",
        }
    }
}

/// A config that was accepted, and what was ignored on the way (for the console).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Checked {
    pub config: Config,
    /// One line each, starting "painmap config: ".
    pub warnings: Vec<String>,
}

/// The most warnings one mount prints: a query string of a thousand made-up parameters must
/// not flood the console.
const MAX_WARNINGS: usize = 8;

/// What every message starts with, so a webmaster sees at once where it comes from.
pub const PREFIX: &str = "painmap config: ";

/// A config that was refused: every problem, its path the setting (`lang`, `techniques`;
/// `config` for the config object, `trusted` for the trusted settings), and what was ignored
/// on the way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    /// Each message without [`PREFIX`], saying the setting, the value and what is expected.
    pub problems: Vec<Problem>,
    /// The warnings a config that was accepted would have printed: the webmaster fixing a
    /// refused setting should see them too (a misspelt data-lnag is often the reason the
    /// language is not the one expected).
    pub ignored: Vec<String>,
}

impl ConfigError {
    /// A config refused for one problem.
    pub fn one(problem: Problem) -> ConfigError {
        ConfigError {
            problems: vec![problem],
            ignored: Vec::new(),
        }
    }
}

impl ConfigError {
    /// One line for each problem, then each warning, every line starting with [`PREFIX`]:
    /// the thrown message and the console's. Built by hand, not through `Display`: the
    /// formatting machinery costs the wasm more than these few lines.
    pub fn text(&self) -> String {
        let mut text = String::new();
        let problems = self
            .problems
            .iter()
            .map(|problem| (PREFIX, &problem.message[..]));
        let ignored = self.ignored.iter().map(|line| ("", &line[..]));
        for (prefix, line) in problems.chain(ignored) {
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(prefix);
            text.push_str(line);
        }
        text
    }
}

/// The longest clinic name, in characters: it has to fit on a phone's booking button.
pub const MAX_CLINIC_NAME: usize = 80;

/// WCAG AA for normal text is 4.5:1. The adjustment aims a hair above it, so that the small
/// error of the luminance approximation (below 0.1 %) can never leave a colour just under.
const AA_TARGET: f64 = 4.52;

/// The light theme's background, which the accent must stand out against (as button text
/// and border on it, and as the fill under white button text).
pub const LIGHT_BG: Rgb = Rgb(0xff, 0xff, 0xff);
/// The dark theme's surface (`--pm-surface` in `www/css/90-embed.css`): the lighter of its two
/// backgrounds, so an accent readable on it is readable on `--pm-bg` too.
pub const DARK_SURFACE: Rgb = Rgb(0x1c, 0x22, 0x2b);

/// Checked settings. `None` means "not set": the widget's own default applies. An empty string
/// (an empty `data-` attribute) also means "not set".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Config {
    /// `lang`: `"en"`, or any BCP 47 tag whose language painmap speaks (`"en-GB"`). `None`:
    /// follow the browser.
    pub lang: Option<Lang>,
    /// `clinicName`: the clinic's name, on the booking button and in the summary; trimmed, at
    /// most [`MAX_CLINIC_NAME`] characters.
    pub clinic_name: Option<String>,
    /// `techniques`: the techniques the clinic offers, as a list of ids or one comma-separated
    /// string (`"swedish,deep_tissue"`); suggestions say "Offered here" or "Ask us". `None`:
    /// the clinic did not say, so neither is shown. Each technique once, in the given order.
    pub techniques: Option<Vec<Technique>>,
    /// `bookingUrl`: where the "Book" button goes; an absolute `https:` address with a valid
    /// host name or IP address and no user name (`http:` only for `localhost`, `127.0.0.1`
    /// and `[::1]`, for testing). Shown at a massage level only.
    pub booking_url: Option<String>,
    /// `phone`: the clinic's phone number: groups of digits with one space or `-` between
    /// them and an optional leading `+`, 3 to 20 digits (`+44 20 7946 0000`).
    pub phone: Option<String>,
    /// `emergencyNumber`: 2 to 6 digits. `None`: by the browser's locale (see
    /// [`default_emergency_number`]).
    pub emergency_number: Option<String>,
    /// `theme`: `"light"` (the default), `"dark"`, `"auto"` or `"host"`.
    pub theme: Theme,
    /// `accent`: the clinic's colour (`"#rgb"` or `"#rrggbb"`) for the light scheme, as
    /// `#rrggbb`, darkened where needed until it has AA contrast (4.5:1) against white.
    pub accent: Option<String>,
    /// The same colour for the dark scheme, lightened where needed until it has AA contrast
    /// against the dark surface. Set exactly when `accent` is.
    pub accent_dark: Option<String>,
    /// `key`: names the journey saved for a reload (1 to 64 ASCII letters, digits, `-`, `_`),
    /// for a widget whose element has no id. Two widgets on a page need different ones.
    pub key: Option<String>,
}

vocabulary! {
    /// The widget's colour scheme. The ids are the setting's values, and the widget root's
    /// `data-theme` for `light`, `dark` and `auto`.
    #[derive(Default)]
    pub enum Theme {
        #[default]
        Light = "light",
        Dark = "dark",
        /// Follow the person's system setting (`prefers-color-scheme`).
        Auto = "auto",
        /// Follow the host page's `color-scheme`, read once at mount.
        Host = "host",
    }
}

impl Theme {
    /// The scheme to show: `host` becomes what the host element's `color-scheme` says
    /// (`dark` alone means dark; `light dark` means the page follows the system, and so do
    /// we). `scheme` is asked only for `host`.
    pub fn resolve(self, scheme: impl FnOnce() -> String) -> Theme {
        if self != Theme::Host {
            return self;
        }
        let scheme = scheme();
        match (has_str(&scheme, "dark"), has_str(&scheme, "light")) {
            (true, false) => Theme::Dark,
            (true, true) => Theme::Auto,
            _ => Theme::Light,
        }
    }
}

/// The settings the widget uses: a [`Config`] with every default filled in (as ripgrep turns
/// its low-level arguments into high-level ones). The config says what the page wrote; this
/// says what the widget does.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// The language to start in.
    pub lang: Lang,
    pub clinic_name: Option<String>,
    pub techniques: Option<Vec<Technique>>,
    pub booking_url: Option<String>,
    pub phone: Option<String>,
    /// The number the emergency advice dials: the `emergencyNumber` setting, else the
    /// locale's.
    pub emergency_call: String,
    /// Never [`Theme::Host`]: that is resolved at mount.
    pub theme: Theme,
    /// The accent for the light and the dark scheme, both or neither.
    pub accent: Option<(String, String)>,
    /// The session-storage key of the journey: `painmap:key:<key>` from the `key` setting,
    /// else `painmap:id:<id>` from the element's id (at most 64 characters), else `None`:
    /// nothing is kept across a reload.
    pub storage_key: Option<String>,
}

/// What the browser and the host element say, for the defaults a page did not set.
pub struct Surroundings<'a> {
    /// The first of the browser's languages painmap speaks.
    pub lang: Lang,
    /// The browser's first locale (`en-GB`), for the emergency number.
    pub locale: &'a str,
    /// The host element's id.
    pub element_id: &'a str,
}

impl Config {
    /// The settings the widget uses; `scheme` reads the host's `color-scheme`, asked only for
    /// the theme `host`.
    pub fn resolve(self, around: &Surroundings, scheme: impl FnOnce() -> String) -> Settings {
        let id = around.element_id;
        let storage_key = match self.key {
            Some(key) => Some(["painmap:key:", &key].concat()),
            None if !id.is_empty() && id.chars().count() <= 64 => {
                Some(["painmap:id:", id].concat())
            }
            None => None,
        };
        Settings {
            lang: self.lang.unwrap_or(around.lang),
            clinic_name: self.clinic_name,
            techniques: self.techniques,
            booking_url: self.booking_url,
            phone: self.phone,
            emergency_call: self
                .emergency_number
                .unwrap_or_else(|| default_emergency_number(around.locale).to_owned()),
            theme: self.theme.resolve(scheme),
            accent: self.accent.zip(self.accent_dark),
            storage_key,
        }
    }
}

/// The emergency number for a locale tag (docs/rules.md): 911 in the US and Canada, 999 in
/// the UK, 000 in Australia, 112 elsewhere (112 works across the EU and is routed on most
/// mobile networks worldwide).
pub fn default_emergency_number(locale: &str) -> &'static str {
    let region = locale
        .split(['-', '_'])
        .skip(1)
        .find(|part| part.len() == 2)
        .unwrap_or_default();
    match region.to_ascii_uppercase().as_str() {
        "US" | "CA" | "MX" | "PR" => "911",
        "GB" | "UK" | "IE" => "999",
        "AU" => "000",
        "NZ" => "111",
        _ => "112",
    }
}

impl Config {
    /// Every setting's name (its JS key), in the order the messages list them.
    pub fn setting_names() -> impl Iterator<Item = &'static str> {
        SETTINGS.iter().map(|setting| setting.name)
    }

    /// Reads a page's settings. `raw` is the config object (`undefined`/`null`: the defaults)
    /// and `source` where it comes from. `trusted` holds settings from the clinic's own files
    /// (the `data-` attributes of `#painmap` in the clinic's copy of embed.html): read as strictly as a script's, allowed every setting,
    /// and never overridden by `raw`. Every problem is reported, one per line.
    pub fn read(
        raw: Option<&RawValue>,
        source: Source,
        trusted: Option<&RawValue>,
    ) -> Result<Checked, ConfigError> {
        let mut checked = Checked::default();
        let mut problems = Vec::new();
        let mut by_trusted = [false; SETTINGS.len()];
        for (key, value) in fields_of(trusted, true, &mut problems) {
            match SETTINGS.iter().position(|setting| setting.name == key) {
                Some(index) => {
                    if let Some(flag) = by_trusted.get_mut(index) {
                        *flag = true;
                    }
                    read_into(index, value, &mut checked.config, &mut problems);
                }
                None => problems.push(unknown_setting(key)),
            }
        }
        let mut ignored = Vec::new();
        for (key, value) in fields_of(raw, false, &mut problems) {
            let found = SETTINGS.iter().enumerate().find(|(_, s)| s.name == key);
            let Some((index, setting)) = found else {
                if source == Source::Script {
                    problems.push(unknown_setting(key));
                } else {
                    ignored.push(not_a_setting(key, source));
                }
                continue;
            };
            if by_trusted.get(index) == Some(&true) {
                ignored.push(message(&[
                    source.what(),
                    &source.spell(key),
                    " is ignored: the page's own settings set it",
                ]));
            } else if setting.safety && source == Source::Query {
                ignored.push(message(&[
                    "query parameter ",
                    &source.spell(key),
                    " is ignored: anyone can link to this page with their own, so the \
                     emergency number, phone and booking address are never read from its \
                     address; set them in the page's own file",
                ]));
            } else {
                read_into(index, value, &mut checked.config, &mut problems);
            }
        }
        if ignored.len() > MAX_WARNINGS {
            let more = ignored.len() - MAX_WARNINGS + 1;
            ignored.truncate(MAX_WARNINGS - 1);
            ignored.push(message(&["and ", &more.to_string(), " more ignored"]));
        }
        if !problems.is_empty() {
            // The webmaster fixing a refused setting should see the ignored ones too (a
            // misspelt data-lnag is often the reason the language is not the one expected).
            return Err(ConfigError { problems, ignored });
        }
        checked.warnings = ignored;
        Ok(checked)
    }
}

/// The fields of a config object: none for `undefined`/`null`, a problem for anything else
/// that is not an object.
fn fields_of<'a>(
    raw: Option<&'a RawValue>,
    trusted: bool,
    problems: &mut Vec<Problem>,
) -> &'a [(String, RawValue)] {
    match raw {
        None | Some(RawValue::Null) => &[],
        Some(RawValue::Object(fields)) => fields,
        Some(other) => {
            let (path, what) = match trusted {
                true => ("trusted", "trusted settings: "),
                false => ("config", ""),
            };
            problems.push(problem(
                ProblemKind::WrongType,
                path,
                &[
                    what,
                    "expected an object such as { lang: \"en\" }, found ",
                    &other.describe(),
                ],
            ));
            &[]
        }
    }
}

fn read_into(index: usize, value: &RawValue, config: &mut Config, problems: &mut Vec<Problem>) {
    if let Some(setting) = SETTINGS.get(index) {
        if let Err(problem) = (setting.read)(value, config, problems) {
            problems.push(problem);
        }
    }
}

/// A warning for a key that is not a setting, with the setting it is near in the same
/// spelling (`data-lnag`: did you mean `data-lang`?).
fn not_a_setting(key: &str, source: Source) -> String {
    let mut text = message(&[
        source.what(),
        &source.spell(key),
        " is not a painmap setting and is ignored",
    ]);
    let names: Vec<&str> = SETTINGS.iter().map(|setting| setting.name).collect();
    if let Some(near) = near_key(key, &names) {
        text.push_str("; did you mean ");
        text.push_str(&source.spell(near));
        text.push('?');
    }
    text
}

/// One message from its pieces, after the common prefix (no `format!`: see `model::raw`).
fn message(pieces: &[&str]) -> String {
    let mut text = String::from(PREFIX);
    for piece in pieces {
        text.push_str(piece);
    }
    text
}

/// A refused setting: the message is its pieces, the path the setting.
pub fn problem(kind: ProblemKind, path: &str, pieces: &[&str]) -> Problem {
    Problem {
        path: path.to_owned(),
        kind,
        message: pieces.concat(),
        did_you_mean: None,
    }
}

/// `"dark"`? plus the list, for an unknown word.
fn did_you_mean_then(list_intro: &str, input: &str, ids: &[&str]) -> String {
    let mut text = String::new();
    if let Some(near) = near_key(input, ids) {
        text.push_str("; did you mean \"");
        text.push_str(near);
        text.push_str("\"? ");
        // A new sentence after the question.
        let mut intro = list_intro.chars();
        if let Some(first) = intro.next() {
            text.push(first.to_ascii_uppercase());
            text.push_str(intro.as_str());
        }
    } else {
        text.push_str("; ");
        text.push_str(list_intro);
    }
    text.push_str(&ids.join(", "));
    text
}

/// The id a near-miss meant: the same once case, `-`, `_` and spaces are ignored
/// (`clinic-name`, `Booking_URL`), the same letters in another order (`lnag`, `drak`: a
/// swap is the commonest typo in a short word), else one within a few typos.
fn near_key<'a>(input: &str, ids: &[&'a str]) -> Option<&'a str> {
    let bare = |text: &str| -> Vec<u8> {
        text.bytes()
            .filter(|c| !matches!(c, b'-' | b'_' | b' '))
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    let input_bare = bare(input);
    ids.iter()
        .copied()
        .find(|id| bare(id) == input_bare)
        .or_else(|| {
            ids.iter()
                .copied()
                .find(|id| same_letters(&bare(id), &input_bare))
        })
        .or_else(|| suggest(input, ids.iter().copied()))
}

/// Whether `a` and `b` hold the same letters, each as often. Counting rather than sorting
/// both: the library sort is 3 KiB of wasm, and setting names are a few letters long.
fn same_letters(a: &[u8], b: &[u8]) -> bool {
    let count = |text: &[u8], letter: &u8| text.iter().filter(|c| *c == letter).count();
    a.len() == b.len() && a.iter().all(|letter| count(a, letter) == count(b, letter))
}

fn unknown_setting(key: &str) -> Problem {
    let names: Vec<&str> = SETTINGS.iter().map(|setting| setting.name).collect();
    problem(
        ProblemKind::UnknownField,
        key,
        &[
            "unknown setting ",
            &RawValue::String(key.to_owned()).describe(),
            &did_you_mean_then("expected one of: ", key, &names),
        ],
    )
}

/// A setting's text, trimmed; `None` when it is null or empty (not set).
fn text_of(value: &RawValue) -> Option<Result<&str, ()>> {
    match value {
        RawValue::Null => None,
        RawValue::String(text) if text.trim().is_empty() => None,
        RawValue::String(text) => Some(Ok(text.trim())),
        _ => Some(Err(())),
    }
}

/// "<setting> must be <expected>, found <value>".
fn wrong_type(setting: &str, expected: &str, value: &RawValue) -> Problem {
    problem(
        ProblemKind::WrongType,
        setting,
        &[
            setting,
            " must be ",
            expected,
            ", found ",
            &value.describe(),
        ],
    )
}

/// "<setting> <value> <problem>; expected <expected>".
fn malformed(kind: ProblemKind, setting: &str, value: &str, what: &str, expected: &str) -> Problem {
    problem(
        kind,
        setting,
        &[
            setting,
            " ",
            &RawValue::String(value.to_owned()).describe(),
            " ",
            what,
            "; expected ",
            expected,
        ],
    )
}

fn read_lang(value: &RawValue) -> Result<Option<Lang>, Problem> {
    let Some(tag) = text_of(value) else {
        return Ok(None);
    };
    let tag = tag.map_err(|()| wrong_type("lang", "a language tag such as \"en\"", value))?;
    Lang::from_tag(tag).map(Some).ok_or_else(|| {
        let known: Vec<&str> = Lang::ALL.iter().map(|lang| lang.tag()).collect();
        malformed(
            ProblemKind::UnknownValue,
            "lang",
            tag,
            "is not a language painmap speaks",
            &["one of: ", &known.join(", ")].concat(),
        )
    })
}

fn read_clinic_name(value: &RawValue) -> Result<Option<String>, Problem> {
    let Some(name) = text_of(value) else {
        return Ok(None);
    };
    let name =
        name.map_err(|()| wrong_type("clinicName", "text such as \"Harbour Massage\"", value))?;
    let length = name.chars().count();
    if length > MAX_CLINIC_NAME {
        return Err(malformed(
            ProblemKind::TooLarge,
            "clinicName",
            name,
            &["is ", &length.to_string(), " characters long"].concat(),
            "at most 80 characters",
        ));
    }
    if name.chars().any(is_hidden_control) {
        return Err(malformed(
            ProblemKind::Malformed,
            "clinicName",
            name,
            "contains a line break or an invisible control character (such as a text \
             direction mark)",
            "one line of plain text",
        ));
    }
    Ok(Some(name.to_owned()))
}

/// Each id it does not know goes into `problems` (all of them, so the page hears of every
/// typo at once); a value of the wrong type is its `Err`.
fn read_techniques(
    value: &RawValue,
    problems: &mut Vec<Problem>,
) -> Result<Option<Vec<Technique>>, Problem> {
    const EXPECTED: &str =
        "a list of technique ids or one comma-separated string such as \"swedish,deep_tissue\"";
    let mut ids: Vec<&str> = Vec::new();
    match value {
        RawValue::Null => return Ok(None),
        RawValue::String(text) => ids.extend(text.split(',').map(str::trim)),
        RawValue::Array(items) => {
            for item in items {
                match item {
                    RawValue::String(id) => ids.push(id.trim()),
                    other => return Err(wrong_type("techniques", EXPECTED, other)),
                }
            }
        }
        other => return Err(wrong_type("techniques", EXPECTED, other)),
    }
    ids.retain(|id| !id.is_empty());
    if ids.is_empty() {
        return Ok(None);
    }
    let mut techniques = Vec::with_capacity(ids.len());
    for id in ids {
        match Technique::from_id(id) {
            Some(technique) if techniques.contains(&technique) => {}
            Some(technique) => techniques.push(technique),
            None => problems.push(problem(
                ProblemKind::UnknownValue,
                "techniques",
                &[
                    "techniques: ",
                    &RawValue::String(id.to_owned()).describe(),
                    " is not a technique painmap knows",
                    &did_you_mean_then("expected any of: ", id, Technique::IDS),
                ],
            )),
        }
    }
    // With an unknown id the whole config is refused: what is kept here is never used.
    Ok(Some(techniques))
}

/// Characters that change how the text around them is shown without being seen themselves:
/// control characters, line and paragraph separators, and the bidirectional controls (with
/// U+202E a clinic name or an address reads backwards, so what a person sees is not what
/// the clinic wrote).
fn is_hidden_control(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
        )
}

fn read_booking_url(value: &RawValue) -> Result<Option<String>, Problem> {
    const EXPECTED: &str = "an absolute https:// address such as \"https://clinic.example/book\"";
    let Some(url) = text_of(value) else {
        return Ok(None);
    };
    let url = url.map_err(|()| wrong_type("bookingUrl", EXPECTED, value))?;
    let bad =
        |problem: &str| malformed(ProblemKind::Malformed, "bookingUrl", url, problem, EXPECTED);
    let (scheme, rest) =
        split_at_str(url, "://").ok_or_else(|| bad("is not an absolute address"))?;
    let secure = scheme.eq_ignore_ascii_case("https");
    if !secure && !scheme.eq_ignore_ascii_case("http") {
        return Err(bad("is not a web address"));
    }
    if url.chars().count() > 2000 {
        return Err(bad("is longer than 2000 characters"));
    }
    if url.chars().any(|c| {
        c.is_whitespace() || is_hidden_control(c) || matches!(c, '"' | '<' | '>' | '\\' | '`')
    }) {
        return Err(bad("contains spaces or characters a link cannot hold"));
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    // A user name puts a trusted-looking name before the real host:
    // https://clinic.example@evil.example goes to evil.example.
    if authority.contains('@') {
        return Err(bad("carries a user name or password"));
    }
    let host = web_host(authority).ok_or_else(|| bad("has no valid host name"))?;
    let local = matches!(
        host.to_ascii_lowercase().as_str(),
        "localhost" | "127.0.0.1" | "[::1]"
    );
    if secure || local {
        Ok(Some(url.to_owned()))
    } else {
        Err(malformed(
            ProblemKind::Malformed,
            "bookingUrl",
            url,
            "is not secure",
            "an https:// address (http:// only for localhost and 127.0.0.1)",
        ))
    }
}

/// The host of a URL's `host[:port]`, if the browser would accept it as the same host: a
/// domain name (letters of any script, so `clínica.example` as well as its punycode), an IPv4
/// address, or an IPv6 address in brackets; the port, if any, 1 to 65535.
fn web_host(authority: &str) -> Option<&str> {
    let (host, port) = match authority.strip_prefix('[') {
        Some(bracketed) => {
            let (inner, rest) = bracketed.split_once(']')?;
            if !is_ipv6(inner) {
                return None;
            }
            let host = authority.get(..inner.len() + 2)?;
            match rest {
                "" => (host, None),
                _ => (host, Some(rest.strip_prefix(':')?)),
            }
        }
        None => match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        },
    };
    if let Some(port) = port {
        if !(1..=5).contains(&port.len()) || !(1..=65535).contains(&decimal(port)?) {
            return None;
        }
    }
    if host.starts_with('[') {
        return Some(host);
    }
    // A last label of digits makes the browser read the whole host as an IPv4 address (and
    // refuse it, or read `010` as octal), so it has to be one, written plainly.
    let last = host.split('.').fold("", |_, label| label);
    let numeric = (!last.is_empty() && last.bytes().all(|b| b.is_ascii_digit()))
        || last.get(..2).is_some_and(|x| x.eq_ignore_ascii_case("0x"));
    let valid = if numeric {
        is_ipv4(host)
    } else {
        host.len() <= 253
            && host.split('.').all(|label| {
                (1..=63).contains(&label.chars().count())
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label.chars().all(|c| c.is_alphanumeric() || c == '-')
            })
    };
    valid.then_some(host)
}

/// `192.0.2.1`: four numbers 0 to 255, without leading zeros.
fn is_ipv4(text: &str) -> bool {
    let mut parts = 0;
    text.split('.').all(|part| {
        parts += 1;
        (1..=3).contains(&part.len())
            && (part == "0" || !part.starts_with('0'))
            && decimal(part).is_some_and(|n| n <= 255)
    }) && parts == 4
}

/// The value of a few ASCII digits (at most 9: no overflow), `None` for anything else. By
/// hand: `str::parse` is generic code the wasm would carry for each integer type.
fn decimal(digits: &str) -> Option<u32> {
    (digits.len() <= 9 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0')))
}

/// The inside of `[…]`: eight groups of 1 to 4 hex digits, or fewer around one `::`, the last
/// two of which may be written as an IPv4 address (`::ffff:192.0.2.1`).
fn is_ipv6(text: &str) -> bool {
    // How many groups a run of `:`-separated pieces stands for, if they are well formed.
    let groups = |run: &str| -> Option<usize> {
        if run.is_empty() {
            return Some(0);
        }
        let mut count = 0;
        let mut pieces = run.split(':').peekable();
        while let Some(piece) = pieces.next() {
            if pieces.peek().is_none() && piece.contains('.') {
                count += if is_ipv4(piece) { 2 } else { return None };
            } else if (1..=4).contains(&piece.len()) && piece.bytes().all(|b| b.is_ascii_hexdigit())
            {
                count += 1;
            } else {
                return None;
            }
        }
        Some(count)
    };
    match split_at_str(text, "::") {
        None => groups(text) == Some(8),
        Some((head, tail)) => {
            !has_str(tail, "::")
                && !head.contains('.')
                && matches!((groups(head), groups(tail)), (Some(a), Some(b)) if a + b <= 7)
        }
    }
}

fn read_phone(value: &RawValue) -> Result<Option<String>, Problem> {
    const EXPECTED: &str = "digits with an optional + in front and one space or - between groups, \
                            such as \"+44 20 7946 0000\"";
    let Some(phone) = text_of(value) else {
        return Ok(None);
    };
    let phone = phone.map_err(|()| {
        wrong_type(
            "phone",
            "text of digits such as \"+44 20 7946 0000\"",
            value,
        )
    })?;
    // What a `tel:` link dials is the digits and the `+`: any other character would show the
    // person something other than what their phone calls.
    let groups_ok = phone
        .strip_prefix('+')
        .unwrap_or(phone)
        .split([' ', '-'])
        .all(|group| !group.is_empty() && group.bytes().all(|b| b.is_ascii_digit()));
    let digits = phone.bytes().filter(u8::is_ascii_digit).count();
    if !groups_ok || !(3..=20).contains(&digits) {
        return Err(malformed(
            ProblemKind::Malformed,
            "phone",
            phone,
            "is not a phone number",
            EXPECTED,
        ));
    }
    Ok(Some(phone.to_owned()))
}

fn read_key(value: &RawValue) -> Result<Option<String>, Problem> {
    const EXPECTED: &str = "1 to 64 letters, digits, - or _, such as \"back-pain\"";
    let Some(key) = text_of(value) else {
        return Ok(None);
    };
    let key = key.map_err(|()| wrong_type("key", EXPECTED, value))?;
    if key.len() <= 64
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        Ok(Some(key.to_owned()))
    } else {
        Err(malformed(
            ProblemKind::Malformed,
            "key",
            key,
            "is not a storage key",
            EXPECTED,
        ))
    }
}

fn read_emergency_number(value: &RawValue) -> Result<Option<String>, Problem> {
    const EXPECTED: &str = "2 to 6 digits only, such as \"112\"";
    let number = match value {
        // `emergencyNumber: 112` in a script; "000" has to be written as text.
        RawValue::Number(n) if n.fract() == 0.0 && (10.0..=999_999.0).contains(n) => {
            let mut digits = String::new();
            push_digits(&mut digits, *n as u64, 1);
            return Ok(Some(digits));
        }
        _ => match text_of(value) {
            None => return Ok(None),
            Some(Ok(number)) => number,
            Some(Err(())) => return Err(wrong_type("emergencyNumber", EXPECTED, value)),
        },
    };
    if (2..=6).contains(&number.len()) && number.chars().all(|c| c.is_ascii_digit()) {
        Ok(Some(number.to_owned()))
    } else {
        Err(malformed(
            ProblemKind::Malformed,
            "emergencyNumber",
            number,
            "is not an emergency number",
            EXPECTED,
        ))
    }
}

fn read_theme(value: &RawValue) -> Result<Option<Theme>, Problem> {
    let Some(theme) = text_of(value) else {
        return Ok(None);
    };
    let theme = theme.map_err(|()| {
        wrong_type(
            "theme",
            "one of \"light\", \"dark\", \"auto\", \"host\"",
            value,
        )
    })?;
    if let Some(found) = Theme::ALL
        .iter()
        .find(|known| known.id().eq_ignore_ascii_case(theme))
    {
        return Ok(Some(*found));
    }
    Err(problem(
        ProblemKind::UnknownValue,
        "theme",
        &[
            "theme ",
            &RawValue::String(theme.to_owned()).describe(),
            " is not a theme",
            &did_you_mean_then("expected one of: ", theme, Theme::IDS),
        ],
    ))
}

fn read_accent(value: &RawValue) -> Result<Option<Rgb>, Problem> {
    const EXPECTED: &str = "a colour written \"#rgb\" or \"#rrggbb\", such as \"#0b6e69\"";
    let Some(colour) = text_of(value) else {
        return Ok(None);
    };
    let colour = colour.map_err(|()| wrong_type("accent", EXPECTED, value))?;
    Rgb::parse(colour).map(Some).ok_or_else(|| {
        malformed(
            ProblemKind::Malformed,
            "accent",
            colour,
            "is not a hex colour",
            EXPECTED,
        )
    })
}

/// An sRGB colour, 8 bits a channel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rgb` or `#rrggbb`, either case.
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.strip_prefix('#')?;
        let digit = |c: u8| char::from(c).to_digit(16).map(|d| d as u8);
        let digits: Vec<u8> = hex.bytes().map(digit).collect::<Option<_>>()?;
        match digits.as_slice() {
            [r, g, b] => Some(Rgb(r * 17, g * 17, b * 17)),
            [r1, r2, g1, g2, b1, b2] => Some(Rgb(r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2)),
            _ => None,
        }
    }

    /// `#rrggbb`, lower case, written digit by digit (no number formatting in the wasm).
    pub fn hex(self) -> String {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut text = String::with_capacity(7);
        text.push('#');
        for channel in [self.0, self.1, self.2] {
            for nibble in [channel >> 4, channel & 0x0f] {
                text.push(char::from(
                    DIGITS.get(usize::from(nibble)).copied().unwrap_or(b'0'),
                ));
            }
        }
        text
    }

    /// WCAG 2 relative luminance.
    pub fn luminance(self) -> f64 {
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// WCAG 2 contrast ratio, 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (light, dark) = if a > b { (a, b) } else { (b, a) };
        (light + 0.05) / (dark + 0.05)
    }
}

/// An sRGB channel made linear: `((c + 0.055) / 1.055) ^ 2.4`. The power is taken as
/// `x² · x^0.3999…` from repeated square roots (a single wasm instruction each), since `powf`
/// would bring libm's `pow` into the wasm; the relative error is under 0.04 %.
fn linear(channel: u8) -> f64 {
    let c = f64::from(channel) / 255.0;
    if c <= 0.04045 {
        return c / 12.92;
    }
    let x = (c + 0.055) / 1.055;
    // 0.4 in binary is 0.0110 0110 011…: the roots x^(1/2^k) for the set bits, k = 1..=11.
    const BITS: [bool; 11] = [
        false, true, true, false, false, true, true, false, false, true, true,
    ];
    let mut root = x;
    let mut power = x * x;
    for bit in BITS {
        root = root.sqrt();
        if bit {
            power *= root;
        }
    }
    power
}

/// The accent for the light scheme: darkened a tenth at a time until it reaches AA against
/// white (black always does, so this ends).
fn for_light(colour: Rgb) -> Rgb {
    let mut colour = colour;
    for _ in 0..64 {
        if colour.contrast(LIGHT_BG) >= AA_TARGET {
            break;
        }
        let darker = |c: u8| (u16::from(c) * 9 / 10) as u8;
        colour = Rgb(darker(colour.0), darker(colour.1), darker(colour.2));
    }
    colour
}

/// The accent for the dark scheme: lightened a tenth of the way to white at a time until it
/// reaches AA against the dark surface.
fn for_dark(colour: Rgb) -> Rgb {
    let mut colour = colour;
    for _ in 0..64 {
        if colour.contrast(DARK_SURFACE) >= AA_TARGET {
            break;
        }
        let lighter = |c: u8| c.saturating_add((255 - c).div_ceil(10));
        colour = Rgb(lighter(colour.0), lighter(colour.1), lighter(colour.2));
    }
    colour
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(fields: &[(&str, RawValue)]) -> RawValue {
        RawValue::Object(
            fields
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        )
    }

    #[test]
    fn the_emergency_number_follows_the_locale() {
        assert_eq!(default_emergency_number("en-US"), "911");
        assert_eq!(default_emergency_number("en-GB"), "999");
        assert_eq!(default_emergency_number("en-AU"), "000");
        assert_eq!(default_emergency_number("es-ES"), "112");
        assert_eq!(default_emergency_number("es-MX"), "911");
        assert_eq!(default_emergency_number("es"), "112");
        assert_eq!(default_emergency_number("zh-Hant-TW"), "112");
    }

    /// A script's config, as `mount(element, config)` reads it.
    fn script(raw: Option<&RawValue>) -> Result<Config, String> {
        Config::read(raw, Source::Script, None)
            .map(|checked| {
                assert_eq!(checked.warnings, Vec::<String>::new());
                checked.config
            })
            .map_err(|error| error.text())
    }

    #[test]
    fn absent_or_empty_config_gives_the_defaults() {
        assert_eq!(script(None), Ok(Config::default()));
        assert_eq!(script(Some(&RawValue::Null)), Ok(Config::default()));
        assert_eq!(script(Some(&object(&[]))), Ok(Config::default()));
    }

    #[test]
    fn reads_a_language_tag() {
        let raw = object(&[("lang", RawValue::String("en-GB".into()))]);
        assert_eq!(
            script(Some(&raw)),
            Ok(Config {
                lang: Some(Lang::En),
                ..Config::default()
            })
        );
    }

    fn one(key: &str, value: RawValue) -> Result<Config, String> {
        script(Some(&object(&[(key, value)])))
    }

    fn text(value: &str) -> RawValue {
        RawValue::String(value.into())
    }

    #[test]
    fn names_what_is_wrong_and_what_is_expected() {
        let raw = object(&[("lnag", text("en")), ("lang", text("xx"))]);
        let error = script(Some(&raw)).unwrap_err();
        assert_eq!(
            error,
            "painmap config: unknown setting \"lnag\"; did you mean \"lang\"? Expected one of: \
             lang, clinicName, techniques, bookingUrl, phone, emergencyNumber, theme, accent, key\n\
             painmap config: lang \"xx\" is not a language painmap speaks; expected one of: en, es"
        );

        let error = one("lang", RawValue::Number(3.0)).unwrap_err();
        assert_eq!(
            error,
            "painmap config: lang must be a language tag such as \"en\", found 3"
        );

        let error = script(Some(&text("en"))).unwrap_err();
        assert!(error.contains("expected an object"), "{error}");
    }

    #[test]
    fn unknown_settings_suggest_the_known_one() {
        for (typo, meant) in [
            ("clinic_name", "clinicName"),
            ("clinic-name", "clinicName"),
            ("BookingURL", "bookingUrl"),
            ("bookingurl", "bookingUrl"),
            ("emergency_number", "emergencyNumber"),
            ("technique", "techniques"),
            ("accnet", "accent"),
            ("them", "theme"),
        ] {
            let error = one(typo, text("x")).unwrap_err();
            let expected = ["did you mean \"", meant, "\"?"].concat();
            assert!(error.contains(&expected), "{typo}: {error}");
            assert!(error.contains(&["\"", typo, "\""].concat()), "{error}");
        }
        let error = one("colour", text("x")).unwrap_err();
        assert!(
            error.ends_with(
                "unknown setting \"colour\"; expected one of: lang, clinicName, techniques, \
                 bookingUrl, phone, emergencyNumber, theme, accent, key"
            ),
            "{error}"
        );
    }

    #[test]
    fn empty_or_null_values_mean_not_set() {
        for key in SETTINGS.iter().map(|setting| setting.name) {
            assert_eq!(one(key, text("  ")), Ok(Config::default()), "{key}");
            assert_eq!(one(key, RawValue::Null), Ok(Config::default()), "{key}");
        }
    }

    #[test]
    fn reads_every_setting_as_text_as_from_data_attributes() {
        let raw = object(&[
            ("lang", text("en-US")),
            ("clinicName", text("  Harbour Massage  ")),
            ("techniques", text("swedish, deep_tissue,,swedish")),
            (
                "bookingUrl",
                text("https://clinic.example/book?from=painmap"),
            ),
            ("phone", text("+1 555 010-0123")),
            ("emergencyNumber", text("000")),
            ("theme", text("Dark")),
            ("accent", text("#0B6E69")),
            ("key", text("back_pain-2")),
        ]);
        assert_eq!(
            script(Some(&raw)),
            Ok(Config {
                lang: Some(Lang::En),
                clinic_name: Some("Harbour Massage".into()),
                techniques: Some(vec![Technique::Swedish, Technique::DeepTissue]),
                booking_url: Some("https://clinic.example/book?from=painmap".into()),
                phone: Some("+1 555 010-0123".into()),
                emergency_number: Some("000".into()),
                theme: Theme::Dark,
                accent: Some("#0b6e69".into()),
                accent_dark: Some("#4e9693".into()),
                key: Some("back_pain-2".into()),
            })
        );
    }

    #[test]
    fn techniques_come_as_a_list_or_a_string_with_did_you_mean() {
        let list = RawValue::Array(vec![text("thai"), text("prenatal")]);
        assert_eq!(
            one("techniques", list).unwrap().techniques,
            Some(vec![Technique::Thai, Technique::Prenatal])
        );
        let error = one("techniques", text("swedsh,deep-tissue,reiki")).unwrap_err();
        let lines: Vec<&str> = error.lines().collect();
        assert_eq!(lines.len(), 3, "{error}");
        assert!(lines[0].starts_with(
            "painmap config: techniques: \"swedsh\" is not a technique painmap knows; did you \
             mean \"swedish\"? Expected any of: swedish, deep_tissue,"
        ));
        assert!(lines[1].contains("\"deep-tissue\"") && lines[1].contains("\"deep_tissue\"?"));
        assert!(lines[2].contains("\"reiki\" is not a technique painmap knows; expected any of"));
        let error = one("techniques", RawValue::Array(vec![RawValue::Number(1.0)])).unwrap_err();
        assert_eq!(
            error,
            "painmap config: techniques must be a list of technique ids or one comma-separated \
             string such as \"swedish,deep_tissue\", found 1"
        );
    }

    #[test]
    fn the_clinic_name_is_one_short_line() {
        let long = "A".repeat(81);
        let error = one("clinicName", text(&long)).unwrap_err();
        assert!(
            error.starts_with("painmap config: clinicName \"AAAA")
                && error.ends_with("\" is 81 characters long; expected at most 80 characters"),
            "{error}"
        );
        assert!(one("clinicName", text(&"é".repeat(80))).is_ok());
        assert!(one("clinicName", text("Two\nlines"))
            .unwrap_err()
            .contains("line break"));
        assert_eq!(
            one("clinicName", RawValue::Bool(true)).unwrap_err(),
            "painmap config: clinicName must be text such as \"Harbour Massage\", found true"
        );
    }

    #[test]
    fn the_booking_link_is_https_or_local_http() {
        for good in [
            "https://clinic.example/book",
            "HTTPS://clinic.example:8443/book#now",
            "https://xn--clnica-0ta.example",
            "http://localhost:8094/book",
            "http://127.0.0.1/book",
        ] {
            assert_eq!(
                one("bookingUrl", text(good))
                    .unwrap()
                    .booking_url
                    .as_deref(),
                Some(good)
            );
        }
        for (bad, why) in [
            ("http://clinic.example/book", "is not secure; expected an https:// address (http:// only for localhost and 127.0.0.1)"),
            ("clinic.example/book", "is not an absolute address"),
            ("/book", "is not an absolute address"),
            ("javascript:alert(1)", "is not an absolute address"),
            ("ftp://clinic.example/", "is not a web address"),
            ("https://user:pw@clinic.example/", "user name or password"),
            ("https:///book", "has no valid host name"),
            ("https://clinic.example/a b", "contains spaces"),
            ("http://localhost.evil.example/", "is not secure"),
        ] {
            let error = one("bookingUrl", text(bad)).unwrap_err();
            assert!(error.starts_with("painmap config: bookingUrl \""), "{error}");
            assert!(error.contains(why), "{bad}: {error}");
        }
        assert!(one("bookingUrl", text("ftp://x.example"))
            .unwrap_err()
            .ends_with(
                "expected an absolute https:// address such as \"https://clinic.example/book\""
            ));
    }

    #[test]
    fn the_clinic_name_refuses_text_direction_controls() {
        // U+202E would show "Harbour Massage" backwards; the others reorder or hide text too.
        for control in [
            '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
            '\u{2068}', '\u{2069}', '\u{200E}', '\u{200F}', '\u{061C}', '\u{2028}', '\u{2029}',
            '\u{7}', '\u{85}',
        ] {
            let name = ["Harbour ", &control.to_string(), "Massage"].concat();
            let error = one("clinicName", text(&name)).unwrap_err();
            assert!(
                error.contains("invisible control character") && error.contains("clinicName"),
                "U+{:04X}: {error}",
                u32::from(control)
            );
        }
        // Letters of any script, with the joiners some of them need, are names.
        for name in [
            "Clínica del Río",
            "مساج الميناء",
            "नमस्ते मसाज",
            "Harbour Massage 💆\u{200D}♀️",
        ] {
            assert_eq!(
                one("clinicName", text(name))
                    .unwrap()
                    .clinic_name
                    .as_deref(),
                Some(name)
            );
        }
    }

    #[test]
    fn the_booking_link_needs_a_host_the_browser_would_open() {
        for good in [
            "https://[2001:db8::1]/book",
            "https://[::ffff:192.0.2.1]:8443/book",
            "https://[2001:db8:0:0:0:0:0:1]/",
            "https://192.0.2.1/book",
            "https://clínica.example/reservar",
            "https://xn--clnica-0ta.example/reservar",
            "https://book.clinic-example.co.uk:443/a?b=c#d",
            "http://[::1]:8080/book",
        ] {
            assert_eq!(
                one("bookingUrl", text(good))
                    .unwrap()
                    .booking_url
                    .as_deref(),
                Some(good)
            );
        }
        for (bad, why) in [
            ("https://[not-an-ip]/book", "has no valid host name"),
            ("https://[2001:db8::1::2]/", "has no valid host name"),
            ("https://[1:2:3:4:5:6:7:8:9]/", "has no valid host name"),
            ("https://[::1%25eth0]/", "has no valid host name"),
            ("https://[::1]x/", "has no valid host name"),
            ("https://1.2.3.999/book", "has no valid host name"),
            ("https://010.0.0.1/book", "has no valid host name"),
            ("https://0x7f.1/book", "has no valid host name"),
            ("https://clinic..example/", "has no valid host name"),
            ("https://-clinic.example/", "has no valid host name"),
            ("https://clinic_example.com/", "has no valid host name"),
            ("https://clinic.example:99999/", "has no valid host name"),
            ("https://clinic.example:+80/", "has no valid host name"),
            ("https://clinic.example:/", "has no valid host name"),
            ("https://:443/", "has no valid host name"),
            (
                "https://clinic.example@evil.example/pay",
                "user name or password",
            ),
            (
                "https://clinic.example\\@evil.example/",
                "characters a link cannot hold",
            ),
            (
                "https://clinic.example/\u{202E}kood",
                "characters a link cannot hold",
            ),
            (
                "https://clinic.example/\u{0}",
                "characters a link cannot hold",
            ),
            (
                "https://clinic.example/\tbook",
                "characters a link cannot hold",
            ),
            ("http://[::2]/book", "is not secure"),
        ] {
            let error = one("bookingUrl", text(bad)).unwrap_err();
            assert!(error.contains(why), "{bad}: {error}");
        }
        let long = ["https://clinic.example/", &"a".repeat(2000)].concat();
        assert!(one("bookingUrl", text(&long))
            .unwrap_err()
            .contains("longer than 2000 characters"));
    }

    #[test]
    fn a_phone_number_is_digits_with_single_separators() {
        for good in ["+44 20 7946 0000", "555-010-0123", "112", "+1 555 010-0123"] {
            assert_eq!(
                one("phone", text(good)).unwrap().phone.as_deref(),
                Some(good)
            );
        }
        for bad in [
            "((((+++---1 2 3----))))",
            "+1 (555) 010-0123",
            "+44 (0)20 7946 0000",
            "555--0100",
            "555  0100",
            "+ 44 20 7946 0000",
            "++44 20 7946 0000",
            "-555 0100",
            "555 0100-",
            "44+20 7946",
            "555.010.0123",
            "٥٥٥ ٠١٠٠",
            "５５５ ０１００",
            "555\u{202E}0100",
            "123456789012345678901",
        ] {
            assert!(
                one("phone", text(bad))
                    .unwrap_err()
                    .contains("is not a phone number"),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_storage_key_is_a_short_plain_name() {
        let max = "k".repeat(64);
        for good in ["back-pain", "A_1", max.as_str()] {
            assert_eq!(one("key", text(good)).unwrap().key.as_deref(), Some(good));
        }
        let long = "k".repeat(65);
        for bad in ["back pain", "clé", "a:b", "a/b", long.as_str()] {
            let error = one("key", text(bad)).unwrap_err();
            assert!(
                error.starts_with("painmap config: key \"")
                    && error.ends_with(
                        "is not a storage key; expected 1 to 64 letters, digits, - or _, such as \
                         \"back-pain\""
                    ),
                "{error}"
            );
        }
        assert!(one("key", RawValue::Number(7.0)).is_err());
    }

    /// Reads `fields` from `source`, with `trusted` settings when given.
    fn from(
        source: Source,
        fields: &[(&str, RawValue)],
        trusted: Option<&[(&str, RawValue)]>,
    ) -> Result<Checked, String> {
        let trusted = trusted.map(object);
        Config::read(Some(&object(fields)), source, trusted.as_ref()).map_err(|error| error.text())
    }

    #[test]
    fn sources_are_named_as_mount_takes_them() {
        assert_eq!(Source::from_id("script"), Some(Source::Script));
        assert_eq!(Source::from_id("attributes"), Some(Source::Attributes));
        assert_eq!(Source::from_id("query"), Some(Source::Query));
        assert_eq!(Source::from_id("Query"), None);
        assert_eq!(Source::default(), Source::Script);
    }

    #[test]
    fn a_host_page_attribute_is_a_warning_and_a_misspelt_one_says_what_it_meant() {
        let checked = from(
            Source::Attributes,
            &[
                ("analyticsId", text("UA-1")),
                ("lnag", text("es")),
                ("clinicName", text("Harbour Massage")),
                ("emergencyNumber", text("999")),
            ],
            None,
        )
        .unwrap();
        assert_eq!(
            checked.config.clinic_name.as_deref(),
            Some("Harbour Massage")
        );
        assert_eq!(checked.config.emergency_number.as_deref(), Some("999"));
        assert_eq!(
            checked.config.lang, None,
            "a misspelt setting is not guessed"
        );
        assert_eq!(
            checked.warnings,
            [
                "painmap config: attribute data-analytics-id is not a painmap setting and is \
                 ignored",
                "painmap config: attribute data-lnag is not a painmap setting and is ignored; \
                 did you mean data-lang?",
            ]
        );
        let checked = from(Source::Attributes, &[("clinic_name", text("x"))], None).unwrap();
        assert!(
            checked.warnings[0].ends_with("did you mean data-clinic-name?"),
            "{:?}",
            checked.warnings
        );
        // A bad value of a real setting still stops the widget: it would be wrong.
        let error = from(
            Source::Attributes,
            &[("analyticsId", text("UA-1")), ("accent", text("teal-ish"))],
            None,
        )
        .unwrap_err();
        assert!(
            error.starts_with("painmap config: accent \"teal-ish\""),
            "{error}"
        );
    }

    #[test]
    fn the_query_string_cannot_set_the_safety_settings() {
        let checked = from(
            Source::Query,
            &[
                ("lang", text("es")),
                ("emergencyNumber", text("99")),
                ("phone", text("+1 555 010 0000")),
                ("bookingUrl", text("https://evil.example/pay")),
                ("utmSource", text("mail")),
            ],
            None,
        )
        .unwrap();
        assert_eq!(checked.config.lang, Some(Lang::Es));
        assert_eq!(checked.config.emergency_number, None, "the locale's number");
        assert_eq!(checked.config.phone, None);
        assert_eq!(checked.config.booking_url, None);
        assert_eq!(checked.warnings.len(), 4, "{:?}", checked.warnings);
        for (warning, name) in
            checked
                .warnings
                .iter()
                .zip(["emergency-number", "phone", "booking-url"])
        {
            assert!(
                warning.starts_with(
                    &["painmap config: query parameter ", name, " is ignored: "].concat()
                ) && warning.contains("never read from its address"),
                "{warning}"
            );
        }
        assert_eq!(
            checked.warnings[3],
            "painmap config: query parameter utm-source is not a painmap setting and is ignored"
        );
        // Refused even when malformed: the query string's value is never read at all.
        assert!(from(
            Source::Query,
            &[("emergencyNumber", text("call 999"))],
            None
        )
        .is_ok());
        // A bad value of a setting it may set is an error, as anywhere.
        assert!(from(Source::Query, &[("theme", text("drak"))], None)
            .unwrap_err()
            .contains("did you mean \"dark\""));
    }

    #[test]
    fn trusted_settings_set_everything_and_the_query_string_cannot_override_them() {
        let trusted: &[(&str, RawValue)] = &[
            ("emergencyNumber", text("999")),
            ("bookingUrl", text("https://clinic.example/book")),
            ("clinicName", text("Harbour Massage")),
        ];
        let checked = from(
            Source::Query,
            &[
                ("emergencyNumber", text("99")),
                ("clinicName", text("Evil Spa")),
                ("lang", text("es")),
            ],
            Some(trusted),
        )
        .unwrap();
        assert_eq!(checked.config.emergency_number.as_deref(), Some("999"));
        assert_eq!(
            checked.config.booking_url.as_deref(),
            Some("https://clinic.example/book")
        );
        assert_eq!(
            checked.config.clinic_name.as_deref(),
            Some("Harbour Massage")
        );
        assert_eq!(checked.config.lang, Some(Lang::Es));
        assert_eq!(
            checked.warnings,
            [
                "painmap config: query parameter emergency-number is ignored: the page's own \
                 settings set it",
                "painmap config: query parameter clinic-name is ignored: the page's own settings \
                 set it",
            ]
        );
        // The clinic's own file is read as strictly as its script.
        let error = from(Source::Query, &[], Some(&[("emergencyNumbr", text("999"))])).unwrap_err();
        assert!(
            error.contains("did you mean \"emergencyNumber\"?"),
            "{error}"
        );
        let error = from(Source::Query, &[], Some(&[("phone", text("(555)"))])).unwrap_err();
        assert!(error.contains("is not a phone number"), "{error}");
        let error = Config::read(None, Source::Query, Some(&text("x")))
            .unwrap_err()
            .text();
        assert!(error.starts_with("painmap config: trusted settings: expected an object"));
    }

    #[test]
    fn a_script_with_an_unknown_key_is_still_refused() {
        let error = from(Source::Script, &[("analyticsId", text("UA-1"))], None).unwrap_err();
        assert!(error.starts_with("painmap config: unknown setting \"analyticsId\""));
        // A script may set the safety settings: it is the clinic's own page.
        let checked = from(Source::Script, &[("emergencyNumber", text("999"))], None).unwrap();
        assert_eq!(checked.config.emergency_number.as_deref(), Some("999"));
    }

    #[test]
    fn a_thousand_made_up_parameters_give_a_few_warnings() {
        let names: Vec<String> = (0..1000).map(|i| ["x", &i.to_string()].concat()).collect();
        let fields: Vec<(&str, RawValue)> = names.iter().map(|n| (n.as_str(), text("1"))).collect();
        let checked = from(Source::Query, &fields, None).unwrap();
        assert_eq!(checked.warnings.len(), MAX_WARNINGS);
        assert_eq!(
            checked.warnings.last().map(String::as_str),
            Some("painmap config: and 993 more ignored")
        );
    }

    #[test]
    fn phone_and_emergency_numbers() {
        assert_eq!(
            one("phone", text("call us")).unwrap_err(),
            "painmap config: phone \"call us\" is not a phone number; expected digits with an \
             optional + in front and one space or - between groups, such as \"+44 20 7946 0000\""
        );
        assert!(one("phone", text("12")).is_err(), "too few digits");
        assert!(one("phone", RawValue::Number(5550100.0)).is_err());
        assert_eq!(
            one("emergencyNumber", RawValue::Number(112.0))
                .unwrap()
                .emergency_number
                .as_deref(),
            Some("112")
        );
        for bad in ["1", "1234567", "+112", "11 2", "99x"] {
            assert_eq!(
                one("emergencyNumber", text(bad)).unwrap_err(),
                [
                    "painmap config: emergencyNumber \"",
                    bad,
                    "\" is not an emergency number; expected 2 to 6 digits only, such as \"112\""
                ]
                .concat()
            );
        }
        assert!(one("emergencyNumber", RawValue::Number(0.0))
            .unwrap_err()
            .contains("must be 2 to 6 digits only"));
    }

    #[test]
    fn themes_with_did_you_mean() {
        for &theme in Theme::ALL {
            assert_eq!(one("theme", text(theme.id())).unwrap().theme, theme);
        }
        assert_eq!(
            one("theme", text("drak")).unwrap_err(),
            "painmap config: theme \"drak\" is not a theme; did you mean \"dark\"? Expected one \
             of: light, dark, auto, host"
        );
        assert_eq!(
            one("theme", text("sepia")).unwrap_err(),
            "painmap config: theme \"sepia\" is not a theme; expected one of: light, dark, auto, host"
        );
    }

    /// The WCAG formula with `powf`, to check the approximation against.
    fn exact_contrast(a: Rgb, b: Rgb) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        let l = |c: Rgb| 0.2126 * lin(c.0) + 0.7152 * lin(c.1) + 0.0722 * lin(c.2);
        let (x, y) = (l(a), l(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    #[test]
    fn the_luminance_approximation_is_close() {
        for c in 0..=255u8 {
            let exact = {
                let v = f64::from(c) / 255.0;
                if v <= 0.04045 {
                    v / 12.92
                } else {
                    ((v + 0.055) / 1.055).powf(2.4)
                }
            };
            let error = (linear(c) - exact).abs() / exact.max(1e-9);
            assert!(error < 4e-4, "{c}: {error}");
        }
        assert!((Rgb(0, 0, 0).contrast(LIGHT_BG) - 21.0).abs() < 1e-9);
    }

    #[test]
    fn colours_parse_and_print() {
        assert_eq!(Rgb::parse("#fff"), Some(Rgb(255, 255, 255)));
        assert_eq!(Rgb::parse("#0B6e69"), Some(Rgb(0x0b, 0x6e, 0x69)));
        assert_eq!(Rgb(0x0b, 0x6e, 0x69).hex(), "#0b6e69");
        for bad in [
            "fff",
            "#ffff",
            "#ggg",
            "#12345",
            "#1234567",
            "#",
            "red",
            "#ff ff ff",
        ] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
        assert_eq!(
            one("accent", text("teal")).unwrap_err(),
            "painmap config: accent \"teal\" is not a hex colour; expected a colour written \
             \"#rgb\" or \"#rrggbb\", such as \"#0b6e69\""
        );
    }

    #[test]
    fn the_accent_keeps_aa_contrast_in_both_schemes() {
        // A readable colour is kept as it is for the light scheme.
        let config = one("accent", text("#0b6e69")).unwrap();
        assert_eq!(config.accent.as_deref(), Some("#0b6e69"));
        // Too light for white: darkened; too dark for the dark surface: lightened.
        let config = one("accent", text("#ffcc00")).unwrap();
        let light = Rgb::parse(config.accent.as_deref().unwrap()).unwrap();
        let dark = Rgb::parse(config.accent_dark.as_deref().unwrap()).unwrap();
        assert_ne!(light, Rgb(0xff, 0xcc, 0x00));
        assert_eq!(dark, Rgb(0xff, 0xcc, 0x00), "already readable on dark");
        let config = one("accent", text("#000080")).unwrap();
        assert_eq!(config.accent.as_deref(), Some("#000080"));
        assert_ne!(config.accent_dark.as_deref(), Some("#000080"));

        // Every colour on a coarse grid ends up at AA by the exact formula, and no darker
        // (or lighter) than one step past it.
        for r in (0..=255u16).step_by(17) {
            for g in (0..=255u16).step_by(17) {
                for b in (0..=255u16).step_by(17) {
                    let colour = Rgb(r as u8, g as u8, b as u8);
                    let light = for_light(colour);
                    assert!(
                        exact_contrast(light, LIGHT_BG) >= 4.5,
                        "{colour:?} → {light:?}"
                    );
                    let dark = for_dark(colour);
                    assert!(
                        exact_contrast(dark, DARK_SURFACE) >= 4.5,
                        "{colour:?} → {dark:?}"
                    );
                    if exact_contrast(colour, LIGHT_BG) >= 4.6 {
                        assert_eq!(light, colour);
                    }
                    if exact_contrast(colour, DARK_SURFACE) >= 4.6 {
                        assert_eq!(dark, colour);
                    }
                }
            }
        }
    }

    /// The kinds a program reads from the thrown error, one for each way a setting is wrong.
    #[test]
    fn each_problem_has_its_kind_and_path() {
        let kinds = |fields: &[(&str, RawValue)]| -> Vec<(String, ProblemKind)> {
            let error = Config::read(Some(&object(fields)), Source::Script, None).unwrap_err();
            let found = error
                .problems
                .iter()
                .map(|p| (p.path.clone(), p.kind))
                .collect();
            found
        };
        let long = "x".repeat(MAX_CLINIC_NAME + 1);
        assert_eq!(
            kinds(&[
                ("lnag", text("en")),
                ("lang", RawValue::Number(7.0)),
                ("phone", text("call us")),
                ("theme", text("sepia")),
                ("clinicName", text(&long)),
                ("techniques", text("swedish,thia,sportz")),
            ]),
            [
                ("lnag", ProblemKind::UnknownField),
                ("lang", ProblemKind::WrongType),
                ("phone", ProblemKind::Malformed),
                ("theme", ProblemKind::UnknownValue),
                ("clinicName", ProblemKind::TooLarge),
                ("techniques", ProblemKind::UnknownValue),
                ("techniques", ProblemKind::UnknownValue),
            ]
            .map(|(path, kind)| (path.to_owned(), kind))
        );
        let error = Config::read(None, Source::Query, Some(&text("x"))).unwrap_err();
        assert_eq!(error.problems[0].path, "trusted");
        assert_eq!(error.problems[0].kind, ProblemKind::WrongType);
        assert_eq!(ProblemKind::Malformed.id(), "malformed");
    }

    #[test]
    fn resolving_fills_what_the_page_left_unset() {
        let around = |locale, element_id| Surroundings {
            lang: Lang::Es,
            locale,
            element_id,
        };
        let never = || -> String { panic!("the host's colour scheme is read for `host` only") };
        let settings = Config::default().resolve(&around("en-GB", ""), never);
        assert_eq!(settings.lang, Lang::Es);
        assert_eq!(settings.emergency_call, "999");
        assert_eq!(settings.theme, Theme::Light);
        assert_eq!(settings.storage_key, None);
        assert_eq!(settings.accent, None);

        let config = one("emergencyNumber", text("000")).unwrap();
        let settings = config.resolve(&around("en-US", "back-pain"), never);
        assert_eq!(settings.emergency_call, "000", "the clinic's number wins");
        assert_eq!(
            settings.storage_key.as_deref(),
            Some("painmap:id:back-pain")
        );

        let config = Config {
            key: Some("mine".into()),
            theme: Theme::Host,
            lang: Some(Lang::En),
            ..one("accent", text("#0b6e69")).unwrap()
        };
        let settings = config.resolve(&around("de-DE", "back-pain"), || "light dark".into());
        assert_eq!(settings.storage_key.as_deref(), Some("painmap:key:mine"));
        assert_eq!(settings.theme, Theme::Auto);
        assert_eq!(settings.lang, Lang::En);
        assert!(settings.accent.is_some());
        let long_id = "x".repeat(65);
        let settings = Config::default().resolve(&around("", &long_id), never);
        assert_eq!(settings.storage_key, None, "an id too long to be a key");
        assert_eq!(settings.emergency_call, "112");
        assert_eq!(Theme::Host.resolve(|| "dark".into()), Theme::Dark);
        assert_eq!(Theme::Host.resolve(String::new), Theme::Light);
    }
}
