//! The advice's first and loudest part: the triage level in words, with an icon whose shape
//! differs per level (colour is never the only cue), how soon to act, and for an emergency a
//! call button that dials the local number.

use yew::prelude::*;

use painmap_core::engine::{Level, Urgency};
use painmap_core::i18n::{fill, Lang, Msg};

/// What [`triage_banner`] shows.
pub struct TriageBannerProps {
    pub lang: Lang,
    pub level: Level,
    pub urgency: Option<Urgency>,
    /// The number the emergency advice dials.
    pub emergency_call: AttrValue,
}

/// A plain view, not a component: it has no state, and it re-renders with the advice.
pub fn triage_banner(props: &TriageBannerProps) -> Html {
    let lang = props.lang;
    let number = props.emergency_call.as_str();
    let urgency = props
        .urgency
        .map(|urgency| fill(lang.text(Msg::UrgencyText(urgency)), &[("number", number)]));
    let mut tel = String::with_capacity(4 + number.len());
    tel.push_str("tel:");
    tel.push_str(number);
    html! {
        // An emergency is spoken at once (an alert), not after whatever is being read.
        <section class="banner" data-level={props.level.id()}
            data-urgency={props.urgency.map(Urgency::id)}
            role={(props.level == Level::Emergency).then_some("alert")}>
            <div class="banner-head">
                { icon(props.level) }
                <h3 class="banner-title">{ lang.text(Msg::LevelTitle(props.level)) }</h3>
            </div>
            <p class="banner-text">{ lang.text(Msg::LevelText(props.level)) }</p>
            if let Some(urgency) = urgency {
                <p class="urgency">{ urgency }</p>
            }
            if props.level == Level::Emergency {
                <a class="call" href={tel}>
                    { fill(lang.text(Msg::CallEmergency), &[("number", number)]) }
                </a>
            }
        </section>
    }
}

/// A warning triangle, a medical cross, a shield and a tick: four shapes that stay apart in
/// black and white and for people who do not see the colours.
fn icon(level: Level) -> Html {
    let (shape, mark) = match level {
        Level::Emergency => (
            html! { <path class="icon-bg" d="M12 1.8 23 21.5H1Z" /> },
            html! {
                <>
                    <path class="icon-mark" d="M12 8.5v6" />
                    <circle class="icon-dot" cx="12" cy="18" r="1.5" />
                </>
            },
        ),
        Level::DoctorFirst => (
            html! { <rect class="icon-bg" x="2" y="2" width="20" height="20" rx="5" /> },
            html! { <path class="icon-mark" d="M12 6.5v11M6.5 12h11" /> },
        ),
        Level::MassageWithPrecautions => (
            html! { <path class="icon-bg" d="M12 1.5 21 5v6.5c0 5.3-3.8 9.3-9 11-5.2-1.7-9-5.7-9-11V5Z" /> },
            html! {
                <>
                    <circle class="icon-dot" cx="12" cy="7.5" r="1.5" />
                    <path class="icon-mark" d="M12 11v6.5" />
                </>
            },
        ),
        Level::MassageOk => (
            html! { <circle class="icon-bg" cx="12" cy="12" r="10.5" /> },
            html! { <path class="icon-mark" d="m6.8 12.4 3.5 3.5 7-7.3" /> },
        ),
    };
    html! {
        <svg class="banner-icon" viewBox="0 0 24 24" width="40" height="40" aria-hidden="true"
            focusable="false">
            { shape }
            { mark }
        </svg>
    }
}
