//! The JavaScript boundary, and the only file that talks to it: `mount(element, config)`
//! returns a handle (`destroy()`, `reset()`, `summary()`, `setLang(tag)`),
//! `advise(intake)` gives the advice engine's answer for an intake object, and
//! `addLanguage(tag, table)` takes a language's words downloaded beside the wasm. The events the
//! widget fires on its host element are in [`crate::events`].
//!
//! The widget renders inside a shadow root on the host element, so the host page's CSS and
//! ours cannot touch each other. Its stylesheet is a file beside the glue, `painmap.css`, not
//! part of the wasm: whoever shows the first screen has it already, so it is downloaded once.
//! The loader passes the sheet it parsed from the first screen, which `mount` adopts; the
//! prerendered page's shadow root links the file; a page that calls `mount` with neither gets
//! a `<link>` to it, and the widget shows no box until it applies (see [`use_stylesheet`]).
//! No inline `<style>`, so a page whose CSP says `style-src 'self'` works as is. For the same
//! reason the clinic's accent colour is set through the CSSOM (`style.setProperty`), which
//! such a CSP allows, never a `style` attribute.
//!
//! The standalone page arrives with the first screen already drawn: the build prerenders it
//! (`crates/painmap-prerender`) into a widget root marked [`PRERENDERED`]. `mount` puts its
//! own root in that one's place in the same task, and Yew draws it in a microtask of that task,
//! so no frame shows the swap: the map is there all along, where it was. (Yew's hydration,
//! which would keep the prerendered nodes, costs 15 KiB of brotli wasm, and panics on any
//! difference between the two trees, such as a journey restored after a reload.)
//!
//! A config mistake must not leave a blank hole in the clinic's page: the widget's place shows
//! what is wrong (for the webmaster), the console says it too, and `mount` still throws.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    CssStyleSheet, Document, Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode,
};
use yew::AppHandle;

use crate::components::{App, AppProps, SharedSettings};
use crate::events::{HostAsk, HostLink};
use crate::js_value;
use crate::storage;
use crate::web;
use painmap_core::config::{
    problem, Checked, Config, ConfigError, Settings, Source, Surroundings, Theme, PREFIX,
};
use painmap_core::i18n::{table, Lang};
use painmap_core::journey::AppState;
use painmap_core::model::{Intake, ProblemKind, RawValue};

/// The widget stylesheet, `www/painmap.css` minified by `build.rs`, which the build writes
/// beside the glue as [`STYLESHEET_FILE`] (`crates/painmap-prerender`). Not in the wasm: only
/// the prerenderer, a native program, reads it.
pub const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/painmap.min.css"));

/// The stylesheet's file name, beside the glue.
pub const STYLESHEET_FILE: &str = "painmap.css";

/// The class of the element that holds one mounted widget inside the shadow root.
pub const ROOT_CLASS: &str = "painmap-root";

/// The attribute on the widget root the build prerendered, which `mount` replaces.
pub const PRERENDERED: &str = "data-prerendered";

/// The class of the box that stands in for a widget whose config was refused.
const FAILED_CLASS: &str = "painmap-failed";

/// The error box's title. English, like the config messages: it is for the webmaster.
const FAILED_TITLE: &str = "This widget could not start";

thread_local! {
    /// The storage keys of the running widgets, with their elements.
    static KEYS_IN_USE: RefCell<Vec<(String, Element)>> = const { RefCell::new(Vec::new()) };
    /// Whether the console has been told that a widget without an id keeps nothing.
    static WARNED_NO_KEY: Cell<bool> = const { Cell::new(false) };
}

/// A mounted widget. Dropping it leaves the widget running; call `destroy()` to remove it.
#[wasm_bindgen]
pub struct PainMapHandle {
    app: Option<AppHandle<App>>,
    root: Option<Element>,
    mounted: Mounted,
}

/// What a widget was mounted with.
struct Mounted {
    /// Its storage key claimed (see [`claim_storage_key`]).
    settings: Rc<Settings>,
    host: HostLink,
}

impl Mounted {
    fn props(&self) -> AppProps {
        AppProps {
            lang: self.host.live.borrow().lang,
            settings: SharedSettings(self.settings.clone()),
            host: Some(self.host.clone()),
        }
    }
}

#[wasm_bindgen]
impl PainMapHandle {
    /// Removes the widget, forgets the journey saved for a reload and frees its memory.
    /// Calling it twice does nothing.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        // The app's ear holds its state: freed with the app, not with this handle.
        self.mounted.host.asks.borrow_mut().take();
        if let Some(root) = self.root.take() {
            root.remove();
            if let Some(key) = &self.mounted.settings.storage_key {
                storage::forget(key);
            }
            release_storage_key(&self.mounted);
        }
    }

    /// Starts the journey over, as a new visitor would see it (in the language the person
    /// last chose): everything entered, and its saved copy, is gone. Does nothing after
    /// `destroy()`.
    pub fn reset(&mut self) {
        if self.root.is_none() {
            return;
        }
        if let Some(key) = &self.mounted.settings.storage_key {
            storage::forget(key);
        }
        // The mirror at once, so that `summary()` right after is empty; the app's own state
        // through its ear, as "Start over" does: the same app and nodes, nothing mounted
        // again. An app not drawn yet has no ear, and will start from the saved journey or
        // this mirror, both cleared here.
        {
            let mut live = self.mounted.host.live.borrow_mut();
            *live = AppState::new(live.lang);
        }
        let asks = self.mounted.host.asks.borrow().clone();
        if let Some(asks) = asks {
            asks.emit(HostAsk::StartOver);
        }
    }

    /// Shows the widget in another language with everything entered kept, as the person's
    /// own switch does: the running widget changes its words, nothing is drawn afresh, and a
    /// language not downloaded yet is fetched first. For a page whose script changes
    /// `data-lang`. An empty tag means the browser's language; a tag painmap does not speak
    /// throws and changes nothing. Does nothing after `destroy()`.
    #[wasm_bindgen(js_name = setLang)]
    pub fn set_lang(&mut self, tag: &str) -> Result<(), JsError> {
        let lang = match tag {
            "" => browser_lang(),
            tag => Lang::from_tag(tag).ok_or_else(|| {
                JsError::new(
                    &[
                        "painmap setLang: expected a language painmap speaks: ",
                        Lang::TAG_LIST,
                    ]
                    .concat(),
                )
            })?,
        };
        if self.root.is_none() {
            return Ok(());
        }
        let asks = self.mounted.host.asks.borrow().clone();
        {
            // The mirror and the saved journey at once: `summary()` right after speaks the
            // new language, an app not drawn yet starts from them, and so does the widget
            // the loader mounts again in this same task when another setting changed too
            // (the running app would have saved it only once drawn again).
            let mut live = self.mounted.host.live.borrow_mut();
            live.lang = lang;
            if let Some(key) = &self.mounted.settings.storage_key {
                storage::save(key, &live);
            }
        }
        if let Some(asks) = asks {
            asks.emit(HostAsk::Speak(lang));
        }
        Ok(())
    }

    /// What the person entered, as plain text for the therapist: the advice only once the
    /// person has reached it; empty after `destroy()`.
    pub fn summary(&self) -> String {
        if self.root.is_none() {
            return String::new();
        }
        let state = self.mounted.host.live.borrow();
        painmap_core::summary::summary_text(
            state.lang,
            &state,
            &painmap_core::engine::advise(&state.intake),
            &crate::web::today(state.lang),
            self.mounted.settings.clinic_name.as_deref(),
            &self.mounted.settings.emergency_call,
        )
    }
}

/// The props of the app the build prerenders (`crates/painmap-prerender`) in `lang`: a page's
/// default settings, before anything is entered. The root around it is a widget root (see
/// [`widget_root`]) with the default theme, [`prerendered_theme`], marked [`PRERENDERED`].
/// The map step shows no other setting than the language, the theme and the accent (the last
/// two are the root's, which the embed's loader sets as `mount` does).
pub fn prerendered_props(lang: Lang) -> AppProps {
    AppProps {
        lang,
        settings: SharedSettings(Rc::new(prerendered_settings(lang))),
        host: None,
    }
}

/// The theme id of the prerendered root: the default one.
pub fn prerendered_theme() -> &'static str {
    prerendered_settings(Lang::En).theme.id()
}

fn prerendered_settings(lang: Lang) -> Settings {
    let around = Surroundings {
        lang,
        locale: "",
        element_id: "",
    };
    Config::default().resolve(&around, String::new)
}

/// The session-storage key `mount` gives a widget on the element with this id when the page
/// sets no `key`: the build writes it into the prerendered page, whose boot script reads a
/// saved journey before the wasm arrives (a key of its own would drift from this one).
pub fn default_storage_key(element_id: &str) -> Option<String> {
    let around = Surroundings {
        lang: Lang::En,
        locale: "",
        element_id,
    };
    Config::default().resolve(&around, String::new).storage_key
}

/// Mounts a widget in `element` from a page's own script: [`mount_from`] with the config read
/// as a script's (an unknown key is refused).
pub fn mount(element: JsValue, config: JsValue) -> Result<PainMapHandle, JsValue> {
    mount_from(
        element,
        config,
        JsValue::UNDEFINED,
        JsValue::UNDEFINED,
        JsValue::UNDEFINED,
    )
}

/// `mount(element, config?, source?, trusted?)` in JavaScript: mounts a widget in `element`
/// (any element that can host a shadow root, such as a `div`).
///
/// `config` is optional: `{ lang: "en", clinicName: "…", techniques: "swedish,thai",
/// bookingUrl: "https://…", phone: "…", emergencyNumber: "112", theme: "auto",
/// accent: "#0b6e69", key: "back-pain" }` (see [`Config`]); every value may be a string, as
/// read from `data-` attributes. `source` says where the config comes from (see [`Source`]):
/// `"script"` (the default: an unknown key is an error), `"attributes"` (a `<pain-map>`'s
/// `data-` attributes: an unknown one is a console warning) or `"query"` (the iframe page's
/// query string: unknown parameters and the safety settings `emergencyNumber`, `phone` and
/// `bookingUrl` are ignored with a console warning). `trusted` is an optional object of
/// settings from the clinic's own files (the `data-` attributes of `#painmap` in the clinic's copy of embed.html), read like a script's
/// config: it may set every setting, and `config` cannot override what it sets.
/// `stylesheet` is optional: the widget's stylesheet as a `CSSStyleSheet` the page has
/// already parsed (the loader's, from the first screen); without it the widget uses the one
/// its shadow root links, else links `painmap.css` beside the glue itself.
///
/// A wrong setting throws a JS `Error` whose message says what is wrong, which value and what
/// is expected, with the first problem's `kind` (a [`ProblemKind`] id such as `"malformed"`)
/// and `path` (the setting); the element then shows the same message and the console logs
/// it, and the page keeps working.
/// Tells the loader the moment the widget panics, before the trap that follows: a trap's own
/// stack may not show that it is painmap's (a wasm compiled from bytes has no file name, and
/// the stack is cut after ten frames), and the loader must restart every widget on a fresh
/// instance. The panic is still reported in the console, as Yew's default hook does.
fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&info.to_string()));
        if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new("painmap:panic"))
        {
            let _ = window.dispatch_event(&event);
        }
    }));
}

#[wasm_bindgen(js_name = mount)]
pub fn mount_from(
    element: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Record<string, unknown> | null")]
    config: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "\"script\" | \"attributes\" | \"query\"")]
    source: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Record<string, unknown> | null")]
    trusted: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "CSSStyleSheet | null")] stylesheet: JsValue,
) -> Result<PainMapHandle, JsValue> {
    install_panic_hook();
    let host: Element = element.dyn_into().map_err(|_| {
        JsError::new("painmap.mount(element, config): element must be a DOM element")
    })?;
    let config = match read_config(config, source, trusted) {
        Ok(checked) => {
            for warning in &checked.warnings {
                web_sys::console::warn_1(&JsValue::from_str(warning));
            }
            checked.config
        }
        Err(error) => {
            let message = error.text();
            web_sys::console::error_1(&JsValue::from_str(
                &[FAILED_TITLE, ":\n", &message].concat(),
            ));
            show_failure(&host, &error, &stylesheet);
            return Err(thrown(&message, &error));
        }
    };

    let shadow = shadow_root(&host)?;
    if shows_widget(&shadow) {
        return Err(JsError::new(
            "painmap.mount: this element already shows a painmap; call destroy() on its handle first",
        )
        .into());
    }
    let loading = use_stylesheet(&shadow, &stylesheet);
    remove_failure(&shadow);
    let around = Surroundings {
        lang: browser_lang(),
        locale: &browser_locale().unwrap_or_default(),
        element_id: &host.id(),
    };
    let mut settings = config.resolve(&around, || host_scheme(&host));
    settings.storage_key = claim_storage_key(&host, settings.storage_key);
    let lang = settings.lang;
    let mounted = Mounted {
        settings: Rc::new(settings),
        host: HostLink {
            element: host.clone(),
            live: Rc::new(RefCell::new(AppState::new(lang))),
            asks: Rc::default(),
        },
    };
    let root = match widget_root(&host.owner_document(), &mounted) {
        Ok(root) => root,
        Err(error) => {
            release_storage_key(&mounted);
            return Err(error.into());
        }
    };
    if loading.is_some() {
        hide_until_styled(&root);
    }
    remove_prerendered(&shadow);
    if shadow.append_child(&root).is_err() {
        release_storage_key(&mounted);
        return Err(JsError::new("painmap.mount: could not attach the widget's root").into());
    }
    let app = yew::Renderer::<App>::with_root_and_props(root.clone(), mounted.props()).render();
    Ok(PainMapHandle {
        app: Some(app),
        root: Some(root),
        mounted,
    })
}

/// The engine's advice for an intake object (the shape in `docs/rules.md`), as a
/// plain object. Throws an `Error` whose message lists every problem with its path when the
/// intake is not valid (`regions.lower_back_lft: unknown region; did you mean
/// lower_back_left?`).
#[wasm_bindgen]
pub fn advise(intake: JsValue) -> Result<JsValue, JsError> {
    let raw = js_value::read(&intake).map_err(|problem| JsError::new(&problem.to_string()))?;
    let intake = Intake::from_raw(&raw).map_err(|error| JsError::new(&error.to_string()))?;
    let advice = painmap_core::engine::advise(&intake);
    // json_compatible: maps become plain objects and `None` becomes `null`, as in the JSON.
    painmap_core::engine::Released(&advice)
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|error| JsError::new(&error.to_string()))
}

/// `addLanguage(tag, table)`: reads a language's words, the text table the build writes
/// beside the wasm (`painmap-<tag>.<stamp>.txt`), so that a widget mounted next speaks it from
/// its first frame: a page that knows the language before the wasm arrives downloads the
/// table beside it, where the widget would have asked for it only once drawn. Returns whether
/// the language speaks now: false for a tag painmap does not speak, or a table refused (of
/// another build, not a table, too long), which the console explains and nothing keeps (the
/// widget then downloads its own). A language that speaks keeps its words: a later table
/// for it is not read.
#[wasm_bindgen(js_name = addLanguage)]
pub fn add_language(tag: &str, table: String) -> bool {
    let Some(lang) = Lang::from_tag(tag) else {
        warn(&["painmap addLanguage: not a language painmap speaks"]);
        return false;
    };
    if lang.is_ready() {
        return true;
    }
    table::install(lang, table)
        .map_err(|refused| {
            warn(&[
                "painmap addLanguage(\"",
                lang.tag(),
                "\"): ",
                refused.text(),
            ])
        })
        .is_ok()
}

/// A mistake of the page's, told to its developer.
fn warn(parts: &[&str]) {
    web_sys::console::warn_1(&JsValue::from_str(&parts.concat()));
}

/// Reads `mount`'s config with its source and trusted settings (see [`mount_from`]).
fn read_config(config: JsValue, source: JsValue, trusted: JsValue) -> Result<Checked, ConfigError> {
    let source = if source.is_undefined() || source.is_null() {
        Source::Script
    } else {
        source
            .as_string()
            .and_then(|id| Source::from_id(&id))
            .ok_or_else(|| {
                ConfigError::one(problem(
                    ProblemKind::UnknownValue,
                    "source",
                    &[
                        "mount's third argument must be one of: ",
                        &Source::IDS.join(", "),
                    ],
                ))
            })?
    };
    // Strictly, like an intake: what JSON cannot hold is a refused setting naming its path.
    let read = |value: JsValue| -> Result<Option<RawValue>, ConfigError> {
        if value.is_undefined() || value.is_null() {
            return Ok(None);
        }
        js_value::read(&value)
            .map(Some)
            .map_err(|problem| ConfigError::one(js_value::config_problem(problem)))
    };
    Config::read(read(config)?.as_ref(), source, read(trusted)?.as_ref())
}

/// The element that holds one widget: its theme as `data-theme` (the stylesheet has the
/// palettes) and the clinic's accent as custom properties set through the CSSOM.
fn widget_root(document: &Option<Document>, mounted: &Mounted) -> Result<Element, JsError> {
    let root = document
        .as_ref()
        .ok_or_else(|| JsError::new("painmap.mount: element is not in a document"))?
        .create_element("div")
        .map_err(|_| JsError::new("painmap.mount: could not create the widget's root"))?;
    root.set_class_name(ROOT_CLASS);
    // The widget speaks its own languages; a page translator that rewrote its text nodes
    // (wrapping them in <font>) would pull them from under the renderer.
    let _ = root.set_attribute("translate", "no");
    let _ = root.set_attribute("data-theme", mounted.settings.theme.id());
    if let (Some(root), Some((light, dark))) =
        (root.dyn_ref::<HtmlElement>(), &mounted.settings.accent)
    {
        let style = root.style();
        let _ = style.set_property("--pm-brand", light);
        let _ = style.set_property("--pm-brand-dark", dark);
    }
    Ok(root)
}

/// The host element's `color-scheme`, for the theme `host` (see [`Theme::resolve`]).
fn host_scheme(host: &Element) -> String {
    web_sys::window()
        .and_then(|window| window.get_computed_style(host).ok().flatten())
        .and_then(|style| style.get_property_value("color-scheme").ok())
        .unwrap_or_default()
}

/// The `Error` `mount` throws for a refused config: the message, and the first problem's
/// `kind` and `path`, so that a program tells a configuration error apart without reading
/// its text.
fn thrown(message: &str, error: &ConfigError) -> JsValue {
    let thrown = js_sys::Error::new(message);
    if let Some(first) = error.problems.first() {
        let _ = js_sys::Reflect::set(&thrown, &"kind".into(), &first.kind.id().into());
        let _ = js_sys::Reflect::set(&thrown, &"path".into(), &first.path.as_str().into());
    }
    thrown.into()
}

/// Whether a running widget (not the prerendered map) is in the shadow root.
fn shows_widget(shadow: &ShadowRoot) -> bool {
    let selector = [".", ROOT_CLASS, ":not([", PRERENDERED, "])"].concat();
    shadow.query_selector(&selector).ok().flatten().is_some()
}

fn remove_prerendered(shadow: &ShadowRoot) {
    let selector = ["[", PRERENDERED, "]"].concat();
    if let Ok(Some(prerendered)) = shadow.query_selector(&selector) {
        prerendered.remove();
    }
}

fn remove_failure(shadow: &ShadowRoot) {
    let selector = [".", FAILED_CLASS].concat();
    if let Ok(Some(old)) = shadow.query_selector(&selector) {
        old.remove();
    }
}

/// Shows a refused config in the widget's place: a title and one line per problem, as an
/// alert. A widget already running in the element is left alone; if even this box cannot be
/// drawn, the thrown error and the console still say what is wrong.
fn show_failure(host: &Element, error: &ConfigError, stylesheet: &JsValue) {
    let (Some(document), Ok(shadow)) = (host.owner_document(), shadow_root(host)) else {
        return;
    };
    if shows_widget(&shadow) {
        return;
    }
    // A map that cannot come alive gives way to what is wrong.
    remove_prerendered(&shadow);
    use_stylesheet(&shadow, stylesheet);
    remove_failure(&shadow);
    let problems = error
        .problems
        .iter()
        .map(|problem| problem.message.as_str());
    let ignored = error
        .ignored
        .iter()
        .map(|line| line.get(PREFIX.len()..).unwrap_or(line));
    let lines: Vec<&str> = problems.chain(ignored).collect();
    if let Some(root) = failure_box(&document, &lines) {
        let _ = shadow.append_child(&root);
    }
}

fn failure_box(document: &Document, lines: &[&str]) -> Option<Element> {
    let element = |tag: &str, class: &str, text: Option<&str>| -> Option<Element> {
        let element = document.create_element(tag).ok()?;
        if !class.is_empty() {
            element.set_class_name(class);
        }
        if text.is_some() {
            element.set_text_content(text);
        }
        Some(element)
    };
    let root = element("div", FAILED_CLASS, None)?;
    root.set_attribute("data-theme", Theme::Light.id()).ok()?;
    let alert = element("div", "painmap config-error", None)?;
    alert.set_attribute("role", "alert").ok()?;
    let title = element("p", "title", Some(FAILED_TITLE))?;
    alert.append_child(&title).ok()?;
    let list = element("ul", "config-problems", None)?;
    for line in lines {
        let item = element("li", "", Some(line))?;
        list.append_child(&item).ok()?;
    }
    alert.append_child(&list).ok()?;
    root.append_child(&alert).ok()?;
    Some(root)
}

/// The session-storage key of a widget: `painmap:key:<key>` from the `key` setting, else
/// `painmap:id:<id>` from its element's id; the same after a reload whatever else the page
/// holds. Without either there is no key that is sure to be this widget's (a count of the
/// elements above it changes when the page adds one, and two id-less widgets would share it),
/// so the widget keeps nothing across a reload, and the console says once how to change that.
/// A key another running widget already holds (the same id twice) is not shared either:
/// its journey is not this widget's to restore or to delete.
fn claim_storage_key(host: &Element, storage_key: Option<String>) -> Option<String> {
    let storage_key = match storage_key {
        Some(storage_key) => storage_key,
        None => {
            if WARNED_NO_KEY.try_with(|warned| warned.replace(true)) == Ok(false) {
                web_sys::console::warn_1(&JsValue::from_str(
                    "painmap config: a widget whose element has no id (or one longer than 64 \
                     characters) keeps nothing across a reload; give its element an id \
                     (<pain-map id=\"back-pain\">) or set data-key / the key setting",
                ));
            }
            return None;
        }
    };
    let in_use = KEYS_IN_USE.try_with(|in_use| {
        let Ok(mut in_use) = in_use.try_borrow_mut() else {
            return None;
        };
        // A widget whose element left the page without destroy() holds its key no longer.
        in_use.retain(|(_, element)| element.is_connected());
        if in_use.iter().any(|(taken, _)| *taken == storage_key) {
            web_sys::console::warn_1(&JsValue::from_str(
                &[
                    "painmap config: another widget on this page already saves its journey as \"",
                    &storage_key,
                    "\"; this one keeps nothing across a reload: give each widget its own id \
                     or key",
                ]
                .concat(),
            ));
            return None;
        }
        in_use.push((storage_key.clone(), host.clone()));
        Some(storage_key)
    });
    in_use.ok().flatten()
}

/// Frees a destroyed widget's storage key for the next widget that mounts with it.
fn release_storage_key(mounted: &Mounted) {
    if let Some(key) = &mounted.settings.storage_key {
        let _ = KEYS_IN_USE.try_with(|in_use| {
            if let Ok(mut in_use) = in_use.try_borrow_mut() {
                in_use.retain(|(taken, element)| {
                    taken.as_str() != key.as_str() || *element != mounted.host.element
                });
            }
        });
    }
}

/// The browser's first preferred locale (`en-GB`), for the emergency number.
fn browser_locale() -> Option<String> {
    web_sys::window()?.navigator().language()
}

/// The first of the browser's preferred languages that painmap speaks, else English.
fn browser_lang() -> Lang {
    web_sys::window()
        .map(|window| window.navigator().languages())
        .into_iter()
        .flat_map(|tags| tags.to_vec())
        .filter_map(|tag| tag.as_string())
        .find_map(|tag| Lang::from_tag(&tag))
        .unwrap_or_default()
}

/// The host's open shadow root, created on first mount and reused after `destroy()`.
fn shadow_root(host: &Element) -> Result<ShadowRoot, JsError> {
    if let Some(shadow) = host.shadow_root() {
        return Ok(shadow);
    }
    host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .map_err(|_| {
            JsError::new(
                &[
                    "painmap.mount: a <",
                    &host.tag_name().to_ascii_lowercase(),
                    "> cannot hold the widget; mount it in a <div> or <section>",
                ]
                .concat(),
            )
        })
}

/// The widget's stylesheet in `shadow`, from wherever it already is: `given`, the sheet the
/// loader parsed from the first screen, adopted (once); else the `<link>` the prerendered page
/// put there. Else a `<link>` to the file beside the glue, put in. Returns that link while its
/// sheet has not loaded, for [`hide_until_styled`].
fn use_stylesheet(shadow: &ShadowRoot, given: &JsValue) -> Option<Element> {
    if let Some(sheet) = given.dyn_ref::<CssStyleSheet>() {
        let sheets = js_sys::Array::from(&shadow.adopted_style_sheets());
        if !sheets.includes(sheet, 0) {
            sheets.push(sheet);
            shadow.set_adopted_style_sheets(&sheets);
        }
        return None;
    }
    if let Ok(Some(link)) = shadow.query_selector("link[rel=stylesheet]") {
        let loaded =
            js_sys::Reflect::get(&link, &"sheet".into()).is_ok_and(|sheet| !sheet.is_null());
        return (!loaded).then_some(link);
    }
    let link = shadow.owner_document()?.create_element("link").ok()?;
    link.set_attribute("rel", "stylesheet").ok()?;
    link.set_attribute("href", &web::beside_glue(STYLESHEET_FILE)?)
        .ok()?;
    shadow
        .insert_before(&link, shadow.first_child().as_ref())
        .ok()?;
    // A host that does not serve the file: the widget's place says so, and the console where.
    // The link goes, so that the next mount tries again rather than wait for it.
    let failed = link.clone();
    let failed = Closure::once_into_js(move || {
        let href = failed.get_attribute("href").unwrap_or_default();
        let message = [
            "painmap: the widget's stylesheet could not load from ",
            &href,
            "; serve painmap.css in the folder of painmap.js",
        ]
        .concat();
        web_sys::console::error_1(&JsValue::from_str(&message));
        if let (Some(document), Some(parent)) = (failed.owner_document(), failed.parent_node()) {
            if let Some(root) = failure_box(&document, &[&message]) {
                let _ = parent.append_child(&root);
            }
        }
        failed.remove();
    });
    let _ = link.add_event_listener_with_callback("error", failed.unchecked_ref());
    Some(link)
}

/// No unstyled widget while its stylesheet loads: the root has no box until then. `display`
/// set through the CSSOM, which the stylesheet's own `!important` rule for the root overrides
/// the moment it applies, so no listener has to undo it.
fn hide_until_styled(root: &Element) {
    if let Some(root) = root.dyn_ref::<HtmlElement>() {
        let _ = root.style().set_property("display", "none");
    }
}
