// `<pain-map>` in React's JSX (React 19 and its types, @types/react 19): the element's
// settings as typed `data-` attributes, `loading`, and a `ref` to the element (whose `painmap`
// property is the widget's handle). Kept apart from painmap-embed.d.ts because it imports
// "react": a project without React's types includes only that file and still compiles.

import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type { PainMapElement, PainMapTechnique, PainMapTheme, PainMapLang } from "./painmap-embed.js";

/** The attributes `<pain-map>` reads, as in the README's Settings table. An empty value means
 * not set. Attributes with a dash that are not listed here (the page's own
 * `data-analytics-id`, or a misspelt `data-lnag`) are not checked by TypeScript: the widget
 * ignores them with a console warning. */
export interface PainMapAttributes {
  "data-lang"?: PainMapLang;
  "data-clinic-name"?: string;
  /** Comma-separated technique ids: `"swedish,deep_tissue"`. */
  "data-techniques"?: PainMapTechnique | (string & {});
  "data-booking-url"?: string;
  "data-phone"?: string;
  "data-emergency-number"?: string;
  "data-theme"?: PainMapTheme;
  "data-accent"?: `#${string}`;
  "data-key"?: string;
  /** `lazy`: the widget loads when the element nears the viewport. Default `eager`. */
  loading?: "lazy" | "eager";
  /** React 19 passes `class` to a custom element as it is (`className` works too). */
  class?: string;
}

export type PainMapJSXProps = DetailedHTMLProps<HTMLAttributes<PainMapElement>, PainMapElement> &
  PainMapAttributes;

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "pain-map": PainMapJSXProps;
    }
  }
}
