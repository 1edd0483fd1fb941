// <pain-map> mistakes in JSX that must NOT compile (see misuse.ts).
export const wrongTheme = <pain-map data-theme="blue" />; // ✗ TS2322 Type '"blue"' is not assignable to type 'PainMapTheme
export const wrongLoading = <pain-map loading="soon" />; // ✗ TS2322 Type '"soon"' is not assignable to type
export const wrongAccent = <pain-map data-accent="teal" />; // ✗ TS2322 Type '"teal"' is not assignable to type '`#${string}`
