//! Reads a JavaScript value (the intake given to `advise`, the config given to `mount`, a
//! journey restored from storage) into the model's [`RawValue`], which the pure core
//! validates.
//!
//! Strict, because a value read loosely gives silently wrong advice: a `Map` of regions would
//! read as an empty map, a `BigInt` age as no age, an inherited property as absent. Only what
//! JSON can hold is read: plain objects (whose prototype is `Object.prototype` or `null`),
//! arrays without holes, strings, finite numbers, booleans and `null`; `undefined` reads as
//! `null`, which the validators take as "not given", as `JSON.stringify` would drop it.
//! Anything else is one problem naming its path (`regions`, `answers.fever`, `qualities[2]`).
//!
//! The value may be hostile: a getter or a Proxy trap can throw, and an exception that
//! unwinds through wasm frames leaks the module's stack until it fails for good. So every JS
//! call that runs the page's code (property reads, `Reflect.ownKeys`, prototype lookups,
//! `Array.isArray` on a revoked Proxy) is a `catch` import, and a throw becomes an
//! `unreadable` problem. The [`limits`] bound the work before anything large is copied.
//!
//! Hand-written rather than `serde_wasm_bindgen::from_value`: serde's error messages format
//! floats, and that alone cost 25 KB of wasm (11 KiB over the wire), a sixth of the budget.

use js_sys::{Array, JsString, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use painmap_core::model::{limits, path_of, Limit, Problem, ProblemKind, RawValue, Segment};

#[wasm_bindgen]
extern "C" {
    /// `Array.isArray`, which throws for a revoked Proxy (js-sys's binding does not catch).
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;

    /// `Object.keys`: own enumerable string keys, which runs a Proxy's traps.
    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    fn enumerable_keys(value: &JsValue) -> Result<Array, JsValue>;
}

/// Reads `value` within the [`limits`], or says what in it cannot be read, and where.
pub(crate) fn read(value: &JsValue) -> Result<RawValue, Problem> {
    let mut walk = Walk {
        values: 0,
        object_prototype: Reflect::get_prototype_of(&js_sys::Object::new())
            .map(JsValue::from)
            .unwrap_or(JsValue::NULL),
    };
    walk.value(value, 0).map_err(|failure| Problem {
        path: path_of(&failure.at),
        ..failure.problem
    })
}

/// A problem in a config object, in the config's words (`clinicName: …`, the config object
/// itself `config`), its kind kept.
pub(crate) fn config_problem(problem: Problem) -> Problem {
    let path = if problem.path.is_empty() {
        "config".to_owned()
    } else {
        problem.path
    };
    Problem {
        message: [&path, ": ", &problem.message].concat(),
        path,
        ..problem
    }
}

struct Walk {
    values: usize,
    object_prototype: JsValue,
}

/// A problem, and the way to it, innermost step first: noted only as the failure passes back
/// up, so a value that reads costs no path at all.
struct Failure {
    problem: Problem,
    at: Vec<Segment>,
}

impl Failure {
    fn new(kind: ProblemKind, message: &str) -> Failure {
        Failure {
            problem: Problem {
                path: String::new(),
                kind,
                message: message.to_owned(),
                did_you_mean: None,
            },
            at: Vec::new(),
        }
    }

    fn over(limit: Limit) -> Failure {
        Failure {
            problem: limit.problem(String::new()),
            at: Vec::new(),
        }
    }

    fn unsupported(message: &str) -> Failure {
        Failure::new(ProblemKind::UnsupportedValue, message)
    }

    fn at(mut self, segment: Segment) -> Failure {
        self.at.push(segment);
        self
    }
}

/// What a throwing getter or Proxy trap becomes. The thrown value is not read: reading it
/// could run more of the page's code.
fn threw(_: JsValue) -> Failure {
    Failure::new(
        ProblemKind::Unreadable,
        "could not be read: a getter or Proxy threw an exception",
    )
}

impl Walk {
    fn value(&mut self, value: &JsValue, depth: usize) -> Result<RawValue, Failure> {
        self.values += 1;
        if self.values > limits::VALUES {
            return Err(Failure::over(Limit::Values));
        }
        if let Some(flag) = value.as_bool() {
            return Ok(RawValue::Bool(flag));
        }
        if let Some(number) = value.as_f64() {
            if !number.is_finite() {
                let found = RawValue::Number(number).describe();
                let message = ["found ", &found, "; expected a finite number"].concat();
                return Err(Failure::unsupported(&message));
            }
            return Ok(RawValue::Number(number));
        }
        if value.is_string() {
            return text(value).map(RawValue::String);
        }
        if value.is_null() || value.is_undefined() {
            return Ok(RawValue::Null);
        }
        if value.is_bigint() {
            return Err(Failure::unsupported(
                "found a BigInt; expected a number such as 42",
            ));
        }
        if !value.is_object() {
            // A symbol or a function: JSON has no such value.
            let found = if value.is_symbol() {
                "found a symbol"
            } else {
                "found a function"
            };
            return Err(Failure::unsupported(found));
        }
        if depth >= limits::DEPTH {
            return Err(Failure::over(Limit::Depth));
        }
        if is_array(value).map_err(threw)? {
            self.array(value, depth)
        } else {
            self.object(value, depth)
        }
    }

    fn array(&mut self, value: &JsValue, depth: usize) -> Result<RawValue, Failure> {
        let length = Reflect::get(value, &JsValue::from_str("length"))
            .map_err(threw)?
            .as_f64()
            .unwrap_or(f64::NAN);
        if !(0.0..=limits::ENTRIES as f64).contains(&length) {
            return Err(Failure::over(Limit::Items));
        }
        let length = length as u32;
        // Holes would read as items that are not there; extra named properties would be lost.
        if enumerable_keys(value).map_err(threw)?.length() != length {
            return Err(Failure::unsupported(
                "found a list with holes or extra properties; expected a plain list",
            ));
        }
        let mut items = Vec::with_capacity(length as usize);
        for index in 0..length {
            let item = Reflect::get(value, &JsValue::from(index)).map_err(threw);
            match item.and_then(|item| self.value(&item, depth + 1)) {
                Ok(item) => items.push(item),
                Err(failure) => return Err(failure.at(Segment::Index(index as usize))),
            }
        }
        Ok(RawValue::Array(items))
    }

    fn object(&mut self, value: &JsValue, depth: usize) -> Result<RawValue, Failure> {
        let prototype: JsValue = Reflect::get_prototype_of(value).map_err(threw)?.into();
        if !prototype.is_null() && prototype != self.object_prototype {
            inherits_nothing(&prototype)?;
        }
        let keys = enumerable_keys(value).map_err(threw)?;
        if keys.length() as usize > limits::ENTRIES {
            return Err(Failure::over(Limit::Keys));
        }
        if Reflect::own_keys(value).map_err(threw)?.length() != keys.length() {
            return Err(Failure::unsupported(
                "found an object with symbol keys or hidden (non-enumerable) properties, \
                 which would be lost; expected a plain object",
            ));
        }
        let mut entries = Vec::with_capacity(keys.length() as usize);
        for key in keys.iter() {
            let name = text(&key)?;
            let field = Reflect::get(value, &key).map_err(threw);
            match field.and_then(|field| self.value(&field, depth + 1)) {
                Ok(field) => entries.push((name, field)),
                Err(failure) => return Err(failure.at(Segment::Key(name))),
            }
        }
        Ok(RawValue::Object(entries))
    }
}

/// Whether an object with this prototype (not this realm's `Object.prototype`) reads without
/// loss: only when the prototype is itself a root with nothing enumerable, as the
/// `Object.prototype` of another frame is. A `Map`, a `Date`, a class instance or an object
/// made with `Object.create({…})` is refused, named by its constructor when it has one.
fn inherits_nothing(prototype: &JsValue) -> Result<(), Failure> {
    let root = Reflect::get_prototype_of(prototype)
        .map(|above| above.is_null())
        .map_err(threw)?;
    if root && enumerable_keys(prototype).map_err(threw)?.length() == 0 {
        return Ok(());
    }
    let name = Reflect::get(prototype, &JsValue::from_str("constructor"))
        .and_then(|constructor| Reflect::get(&constructor, &JsValue::from_str("name")))
        .ok()
        .filter(|name| {
            name.dyn_ref::<JsString>()
                .is_some_and(|name| name.length() <= 40)
        })
        .and_then(|name| name.as_string())
        .filter(|name| !name.is_empty() && name != "Object");
    let message = match name {
        Some(name) => ["found a ", &name, "; expected a plain object"].concat(),
        None => "found an object that inherits properties, which would be lost; expected \
                 a plain object"
            .to_owned(),
    };
    Err(Failure::unsupported(&message))
}

/// A string within the length limit, checked before it is copied into wasm memory. A lone
/// surrogate would be copied as U+FFFD, a silent change; it is refused instead.
fn text(value: &JsValue) -> Result<String, Failure> {
    let Some(js) = value.dyn_ref::<JsString>() else {
        return Err(Failure::unsupported("found a key that is not text"));
    };
    // A UTF-16 unit is at least one UTF-8 byte: a longer string cannot fit.
    if js.length() as usize > limits::STRING_BYTES {
        return Err(Failure::over(Limit::String));
    }
    let text = js.as_string().unwrap_or_default();
    if text.len() > limits::STRING_BYTES {
        return Err(Failure::over(Limit::String));
    }
    if text.chars().any(|c| c == '\u{FFFD}') && !js.is_valid_utf16() {
        return Err(Failure::unsupported(
            "found text with a lone surrogate (half of a UTF-16 pair); expected valid text",
        ));
    }
    Ok(text)
}
