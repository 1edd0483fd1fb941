// Types for painmap's loader, painmap-embed.js: the settings, `PainMap.mount` and its handle,
// the `<pain-map>` element and the events the widget dispatches. Written by hand, not
// generated: the loader is plain JavaScript, and the types say what it accepts so that a
// misspelt setting (`lnag`) or a value it would refuse (`theme: "blue"`) fails to compile
// instead of showing an error in the clinic's page.
//
// Needs no other types (no React, no Node): `lib: ["ES2022", "DOM"]` is enough. The JSX
// element for React is in painmap-react.d.ts, next to this file.

/** A massage technique painmap knows (docs/rules.md, "Techniques"). */
export type PainMapTechnique =
  | "swedish"
  | "deep_tissue"
  | "myofascial_release"
  | "trigger_point"
  | "neuromuscular"
  | "thai"
  | "shiatsu_acupressure"
  | "sports"
  | "prenatal";

/** `light` (the default), `dark`, `auto` (the person's system setting) or `host` (the page's
 * `color-scheme`). */
export type PainMapTheme = "light" | "dark" | "auto" | "host";

/** A language tag, one of the languages painmap speaks, listed here from its catalogs; a
 * regional tag (`en-GB`, `es-MX`) reads as its language, and any other language is refused
 * when the widget mounts. */
export type PainMapLang = "en" | "es" | (string & {});

/**
 * The settings of `PainMap.mount(element, config)`: the `data-` attributes of `<pain-map>`, in
 * camelCase. Every one is optional; an empty string means not set. The loader checks every
 * value again when the widget mounts (a wrong one rejects the mount and is explained in the
 * element's box), so these types only catch at compile time what can be caught there. An
 * unknown key is an error, as at run time.
 */
export interface PainMapConfig {
  /** The language to show, a {@link PainMapLang} (`"en-GB"`, `"es-MX"` read as `en`, `es`).
   * Default: the browser's first language painmap speaks, else English. */
  lang?: PainMapLang;
  /** The clinic's name, on the booking button and in the summary: one line, at most 80
   * characters, without control or text-direction characters. */
  clinicName?: string;
  /** The techniques the clinic offers: a list of ids, or one comma-separated string of them
   * (`"swedish,deep_tissue"`, whose ids are checked when the widget mounts). */
  techniques?: readonly PainMapTechnique[] | string;
  /** Where the Book button goes: an absolute `https://` address (`http://` only for
   * localhost); without it there is no Book button. */
  bookingUrl?: string;
  /** The clinic's phone number: digit groups separated by one space or `-`, an optional `+`
   * in front, 3 to 20 digits. */
  phone?: string;
  /** The number to call in an emergency, 2 to 6 digits (`"112"`, `"000"`). Default: by the
   * browser's region (911, 999, 000, 111, else 112). */
  emergencyNumber?: string;
  /** The colour scheme. Default `"light"`. */
  theme?: PainMapTheme;
  /** The accent colour, `#rgb` or `#rrggbb` (`"#7a3e9d"`); darkened or lightened where needed
   * for contrast. Default `#0b6e69`. */
  accent?: `#${string}`;
  /** The name the journey is kept under for a reload (1 to 64 letters, digits, `-` or `_`),
   * for an element without an `id`. */
  key?: string;
}

/**
 * A mounted widget, as `PainMap.mount` resolves it and `<pain-map>`'s `painmap` property
 * holds it. It keeps working across a restart after a crash: it always reaches the widget
 * now shown.
 */
export interface PainMapHandle {
  /** Removes the widget and forgets its saved journey; the element can be mounted again.
   * Calling it twice does nothing. */
  destroy(): void;
  /** Starts the journey over with an empty map. */
  reset(): void;
  /** The person's answers as plain text, with the advice once they have reached it; empty
   * after `destroy()` and during a restart. */
  summary(): string;
  /** Shows the journey in another language, answers kept. An empty tag means the browser's
   * language; a language painmap does not speak throws and changes nothing. */
  setLang(tag: PainMapLang): void;
}

/** The third argument of `PainMap.mount`. */
export interface MountOptions {
  /**
   * Cancels the mount: aborted before the widget is live, `mount` rejects with the signal's
   * reason (an `AbortError` `DOMException` for `controller.abort()`) and shows nothing;
   * aborted later, it removes the widget as `destroy()` does.
   */
  signal?: AbortSignal;
}

/**
 * Mounts a widget in `element` (any element that can hold a shadow root, such as a `div`),
 * loading the widget first if needed. Rejects with an `Error` for a bad setting (a
 * {@link PainMapSettingError}) or a widget that cannot load (after showing a message in the element), and when the element already
 * shows a widget. A mount on an element whose earlier mount has not settled yet waits for it
 * (and for that mount's own `.then` handlers), then mounts if the element is free.
 */
export function mount(element: HTMLElement, config?: PainMapConfig, options?: MountOptions): Promise<PainMapHandle>;

/** What is wrong with a refused setting, for a program: which problem it is and which
 * setting has it (the first, when there are several; the message lists them all). */
export type PainMapProblemKind =
  | "unknown_field"
  | "wrong_type"
  | "malformed"
  | "unknown_value"
  | "too_large"
  | "unsupported_value"
  | "unreadable";

/** The `Error` a refused setting rejects `mount` with. */
export interface PainMapSettingError extends Error {
  kind: PainMapProblemKind;
  /** The setting (`"phone"`); `"config"` for the config object itself. */
  path: string;
}

/**
 * `mount` for painmap's own iframe page (embed.html): `source` says where `config` came from
 * (`"query"`: an address's query string, whose unknown parameters and unsafe settings are
 * ignored with a warning), and `trusted` holds the settings of the clinic's own copy of the
 * page, which `config` cannot override. Pages should call `mount`.
 */
export function mountWith(
  element: HTMLElement,
  config: Readonly<Record<string, unknown>>,
  source: "script" | "attributes" | "query",
  trusted?: Readonly<Record<string, unknown>> | null,
  options?: MountOptions,
): Promise<PainMapHandle>;

/** The loader's JavaScript API: the module's `PainMap` export and default export, and
 * `window.PainMap` once the module has run. Frozen. */
export interface PainMapApi {
  readonly mount: typeof mount;
  /** Resolves once the widget's wasm is loaded (every widget shares it); rejects if it
   * cannot load. */
  readonly ready: () => Promise<void>;
  /** This release of painmap, such as "0.1.0" (`VERSION`). */
  readonly version: string;
}

/** This release of painmap, such as "0.1.0" ("0.0.0-dev" in an unbuilt copy). */
export declare const VERSION: string;
export declare const PainMap: PainMapApi;
export default PainMap;

// ---------------------------------------------------------------------------------------------
// Events (README, "Events"). They bubble and are composed, so `document` hears them too.

/** Yes, No or Not sure. */
export type PainMapAnswer = "yes" | "no" | "unsure";

/** An area of the back map. */
export type PainMapRegion =
  | "neck"
  | "spine_cervical"
  | "shoulder_left"
  | "shoulder_right"
  | "upper_back_left"
  | "upper_back_right"
  | "shoulder_blade_left"
  | "shoulder_blade_right"
  | "spine_thoracic"
  | "mid_back_left"
  | "mid_back_right"
  | "spine_lumbar"
  | "lower_back_left"
  | "lower_back_right"
  | "sacrum"
  | "buttock_left"
  | "buttock_right"
  | "hip_left"
  | "hip_right"
  | "thigh_back_left"
  | "thigh_back_right"
  | "calf_left"
  | "calf_right";

/** The triage level, least urgent first. */
export type PainMapLevel = "massage_ok" | "massage_with_precautions" | "doctor_first" | "emergency";

/** How soon to see a doctor, least urgent first. */
export type PainMapUrgency = "routine" | "within_days" | "same_day" | "immediate";

/**
 * The intake so far: what `advise()` reads (docs/rules.md, "The intake"). Missing values are
 * `null`; only the areas marked are in `regions`.
 */
export interface PainMapIntake {
  /** Each marked area's pain, 0 to 10. */
  regions: Partial<Record<PainMapRegion, number>>;
  age: number | null;
  duration_days: number | null;
  onset: "sudden" | "gradual" | null;
  qualities: Array<"ache" | "stiffness" | "knot" | "spasm" | "sharp" | "burning" | "tingling">;
  goals: Array<"relaxation" | "mobility" | "pain_relief" | "sport_recovery">;
  pregnancy_weeks: number | null;
  massage_sessions_for_this_pain: number | null;
  improved_after_massage: PainMapAnswer | null;
  /** The answered questions by id (`fever`, `saddle_numbness`…; docs/rules.md lists them). */
  answers: { [question: string]: PainMapAnswer };
}

/** One rule that fired (docs/rules.md, "Rules"). */
export interface PainMapReason {
  /** The rule's id, such as `"E_CES_SADDLE"`. */
  rule: string;
  level: PainMapLevel;
  urgency: PainMapUrgency | null;
  /** The inputs that made it fire: `"regions.calf_left"`, `"age"`, a question id… */
  fields: string[];
  /** The sources behind the rule, by id. */
  sources: string[];
  /** The missing inputs the rule read at their cautious default; absent when none. */
  assumed?: string[];
  /** For the rule that softens an emergency answered "Not sure": the rule it softened. */
  softens?: string;
}

/** What the therapist must adapt: a precaution code (`"pressure_light"`,
 * `"avoid_area:calf_left"`, `"tell_therapist:anticoagulants"`…) and the rule that asked for
 * it. */
export interface PainMapPrecaution {
  code: string;
  rule: string;
}

/** A suggested technique, best first. */
export interface PainMapSuggestion {
  id: PainMapTechnique;
  score: number;
  /** The indications that scored it, by id. */
  because: string[];
}

/** A technique that must not be used, and the rule or exclusion that rules it out. */
export interface PainMapAvoidance {
  id: PainMapTechnique;
  rule: string;
}

/** The advice, as `painmap:advice` carries it and the glue's `advise(intake)` returns it. */
export interface PainMapAdvice {
  /** The version of the clinical rules that produced it (2 for this release). */
  rules_version: number;
  /** The release of painmap that gave it, such as "0.1.0". */
  painmap_version: string;
  level: PainMapLevel;
  /** `null` at the massage levels. */
  urgency: PainMapUrgency | null;
  /** Every rule that fired, in the rules' order. */
  reasons: PainMapReason[];
  /** Massage levels only (empty otherwise). */
  precautions: PainMapPrecaution[];
  /** Massage levels only: up to three, best first. */
  techniques: PainMapSuggestion[];
  /** Massage levels only: every technique to avoid, and why. */
  avoid: PainMapAvoidance[];
  /** What the journey asks that has no answer: field ids as in `PainMapReason.fields`. */
  unanswered: string[];
}

export interface PainMapChangeDetail {
  /** The step now shown, 1 to 9. */
  step: number;
  intake: PainMapIntake;
}

export interface PainMapBookDetail {
  /** The suggested techniques, best first. */
  techniques: PainMapTechnique[];
  level: PainMapLevel;
  /** The address the widget opens unless a listener calls `preventDefault()`. */
  bookingUrl: string;
}

export interface PainMapReadyDetail {
  /** painmap's version, such as `"0.1.0"`. */
  version: string;
}

export interface PainMapErrorDetail {
  /** `config`: a setting is wrong; `load`: the widget's files could not be fetched or compiled
   * (network, CORS, CSP); `unsupported`: the browser lacks a feature; `stopped`: the widget
   * failed twice and stopped. */
  kind: "config" | "load" | "unsupported" | "stopped";
  /** The technical reason, in English (the person reads a plain message in the box). */
  message: string;
}

/** The events on a widget's element (`<pain-map>` or the element mounted in). */
export interface PainMapEventMap {
  /** The person moved on or changed an answer. */
  "painmap:change": CustomEvent<PainMapChangeDetail>;
  /** The advice is shown, or changed while shown. */
  "painmap:advice": CustomEvent<PainMapAdvice>;
  /** The person pressed Book. Cancelable: `preventDefault()` and the widget opens nothing. */
  "painmap:book": CustomEvent<PainMapBookDetail>;
  /** The widget is live and answers taps: each time it becomes so (again after a remount
   * for a changed setting, or a restart after a crash). */
  "painmap:ready": CustomEvent<PainMapReadyDetail>;
  /** The widget could not start, or stopped. */
  "painmap:error": CustomEvent<PainMapErrorDetail>;
}

/** What painmap-frame.js dispatches on an `<iframe data-painmap>`: the widget's events, and
 * the height it gave the frame after each resize. */
export interface PainMapFrameEventMap extends PainMapEventMap {
  "painmap:height": CustomEvent<{ height: number }>;
}

/** painmap-frame.js's API for frames it did not find by their `data-painmap` attribute. */
export interface PainMapFrameApi {
  attach(frame: HTMLIFrameElement): void;
  detach(frame: HTMLIFrameElement): void;
}

/** `<pain-map data-…>`: mounts while in the document, goes away when removed. */
export interface PainMapElement extends HTMLElement {
  /** The widget's handle; null while it loads, after a refused setting, or once removed. */
  readonly painmap: PainMapHandle | null;
}

declare global {
  // Every element may be a widget's (PainMap.mount takes any) or a frame painmap-frame.js
  // sizes, and the events bubble.
  interface HTMLElementEventMap extends PainMapFrameEventMap {}
  interface DocumentEventMap extends PainMapFrameEventMap {
    /** Fired on `document` by the loader itself once it has run, which is how classic
     * scripts learn that `window.PainMap` is there. */
    "painmap:loaded": CustomEvent<PainMapReadyDetail>;
  }
  interface HTMLElementTagNameMap {
    "pain-map": PainMapElement;
  }
  interface Window {
    /** The loader's API for classic scripts, once the module has run. */
    readonly PainMap?: PainMapApi;
    /** painmap-frame.js's API, on pages that load it. */
    readonly PainMapFrame?: PainMapFrameApi;
  }
}
