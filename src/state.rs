//! The widget's single state and the intent-named actions that change it.
//!
//! The reducer is a pure function of (state, action), so every transition is unit-tested
//! natively; focus moves and other DOM effects happen in components' `use_effect_with`.

use std::rc::Rc;

use serde::Serialize;
use yew::Reducible;

use crate::engine::{self, Level};
use crate::i18n::Lang;
use crate::model::{
    Answer, DurationChoice, Goal, Intake, Intensity, Onset, PainMap, Quality, Question, RawValue,
    Region, Screen,
};

/// The steps of the journey, in order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    #[default]
    Map,
    About,
    Safety,
    Advice,
    Summary,
}

impl Step {
    pub const ALL: [Step; 5] = [
        Step::Map,
        Step::About,
        Step::Safety,
        Step::Advice,
        Step::Summary,
    ];

    /// 1-based, for "Step 2 of 5".
    pub fn number(self) -> usize {
        self as usize + 1
    }

    pub fn from_number(number: usize) -> Option<Step> {
        Step::ALL.get(number.checked_sub(1)?).copied()
    }

    pub fn next(self) -> Option<Step> {
        Step::from_number(self.number() + 1)
    }

    pub fn previous(self) -> Option<Step> {
        Step::from_number(self.number() - 1)
    }
}

/// How the regions are shown: the drawing, or a plain list for people who cannot use it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Map,
    List,
}

/// What the live region should say after the last action, if anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Announcement {
    Intensity(Region, Intensity),
    Removed(Region),
    Cleared,
    /// The advice step has appeared with advice at this level.
    AdviceReady(Level),
}

/// Something a step still needs before Next moves on; shown next to the control and in a
/// summary at the top of the step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    /// At least one painful area on the map.
    Region,
    Age,
    Duration,
    Onset,
    /// A checklist with nothing ticked and no "None of these".
    Checklist(Screen),
    /// A follow-up question shown because of an earlier answer.
    Answer(Question),
}

/// Bumped when the saved shape changes, so an old entry is ignored rather than misread.
const SAVED_VERSION: u8 = 1;

/// The session-storage entry: `{"v":1,"lang":"en","step":3,"intake":{…}}`.
#[derive(Debug, Serialize)]
pub struct Saved<'a> {
    v: u8,
    lang: &'static str,
    step: usize,
    intake: &'a Intake,
}

/// The three checklists of the safety step, in the order they are shown.
pub const CHECKLISTS: [Screen; 3] = [Screen::Emergency, Screen::Doctor, Screen::Precaution];

#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub step: Step,
    /// Everything the person has told us; the map is `intake.regions`.
    pub intake: Intake,
    /// The region whose intensity control is open.
    pub selected: Option<Region>,
    pub view: View,
    /// "Clear all" asks before it wipes the map.
    pub confirming_clear: bool,
    /// "Start over" asks before it wipes everything.
    pub confirming_restart: bool,
    /// Next was pressed while the step still needed answers: show what is missing.
    pub show_needs: bool,
    pub announcement: Option<Announcement>,
}

/// What the person meant to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Open the intensity control for a region (tap, Enter or Space).
    SelectRegion(Region),
    SetIntensity(Region, Intensity),
    /// Step the selected region's intensity up or down by one.
    StepIntensity(Region, i8),
    RemoveRegion(Region),
    CloseControl,
    ShowView(View),
    AskClearAll,
    CancelClearAll,
    ClearAll,
    SetLang(Lang),
    /// Next: moves on when the step has what it needs, else shows what is missing.
    Next,
    Back,
    /// Jump to an earlier step (the summary's "Change" links, the progress indicator).
    GoTo(Step),
    SetDuration(DurationChoice),
    SetOnset(Onset),
    SetAge(Option<u16>),
    ToggleQuality(Quality),
    ToggleGoal(Goal),
    SetSessions(u32),
    SetImproved(Answer),
    SetPregnancyWeeks(Option<u8>),
    /// An answer to one question; `None` makes it unanswered again.
    Answer(Question, Option<Answer>),
    /// "None of these" on a checklist: every question on it is answered no.
    NoneOf(Screen),
    AskStartOver,
    CancelStartOver,
    StartOver,
}

impl AppState {
    /// A fresh journey in a language.
    pub fn new(lang: Lang) -> AppState {
        AppState {
            lang,
            ..AppState::default()
        }
    }

    /// The state saved by [`AppState::saved`] (after a reload), or `None` when it cannot be
    /// read: a damaged or foreign entry must not stop the widget, it only starts afresh.
    pub fn restore(saved: &RawValue) -> Option<AppState> {
        let RawValue::Object(fields) = saved else {
            return None;
        };
        let field = |name: &str| fields.iter().find(|(key, _)| key == name).map(|(_, v)| v);
        if field("v") != Some(&RawValue::Number(f64::from(SAVED_VERSION))) {
            return None;
        }
        let lang = match field("lang") {
            Some(RawValue::String(tag)) => Lang::from_tag(tag)?,
            _ => return None,
        };
        let intake = Intake::from_saved(field("intake")?).ok()?;
        let mut state = AppState {
            lang,
            intake,
            ..AppState::default()
        };
        let wanted = match field("step") {
            Some(RawValue::Number(n)) if n.fract() == 0.0 && *n >= 1.0 && *n <= 5.0 => {
                Step::from_number(*n as usize)?
            }
            _ => return None,
        };
        // Never past a step whose answers are missing, whatever the storage says.
        state.step = wanted.min(state.furthest_allowed());
        Some(state)
    }

    /// What survives a reload: the language, the step and the intake.
    pub fn saved(&self) -> Saved<'_> {
        Saved {
            v: SAVED_VERSION,
            lang: self.lang.tag(),
            step: self.step.number(),
            intake: &self.intake,
        }
    }

    pub fn map(&self) -> &PainMap {
        &self.intake.regions
    }

    /// The state after `action`; pure, so the UI and the tests share one truth.
    pub fn apply(&self, action: Action) -> AppState {
        let mut next = self.clone();
        next.announcement = None;
        match action {
            Action::SelectRegion(region) => {
                next.selected = Some(region);
                next.confirming_clear = false;
            }
            Action::SetIntensity(region, intensity) => next.set(region, intensity),
            Action::StepIntensity(region, delta) => {
                let intensity = next.map().get(region).step(i32::from(delta));
                next.set(region, intensity);
            }
            Action::RemoveRegion(region) => {
                let was_marked = next.map().get(region).is_pain();
                next.intake.regions.remove(region);
                next.selected = None;
                if was_marked {
                    next.announcement = Some(Announcement::Removed(region));
                }
            }
            Action::CloseControl => next.selected = None,
            Action::ShowView(view) => next.view = view,
            Action::AskClearAll => next.confirming_clear = !next.map().is_empty(),
            Action::CancelClearAll => next.confirming_clear = false,
            Action::ClearAll => {
                next.intake.regions.clear();
                next.selected = None;
                next.confirming_clear = false;
                next.announcement = Some(Announcement::Cleared);
            }
            Action::SetLang(lang) => next.lang = lang,
            Action::Next => next.next_step(),
            Action::Back => {
                if let Some(step) = next.step.previous() {
                    next.go_to(step);
                }
            }
            Action::GoTo(step) => {
                if step <= next.furthest_allowed() {
                    next.go_to(step);
                }
            }
            Action::SetDuration(choice) => next.intake.duration_days = Some(choice.days()),
            Action::SetOnset(onset) => next.intake.onset = Some(onset),
            Action::SetAge(age) => next.intake.age = age,
            Action::ToggleQuality(quality) => toggle(&mut next.intake.qualities, quality),
            Action::ToggleGoal(goal) => toggle(&mut next.intake.goals, goal),
            Action::SetSessions(count) => {
                next.intake.massage_sessions_for_this_pain = Some(count);
                if count == 0 {
                    next.intake.improved_after_massage = None;
                }
            }
            Action::SetImproved(answer) => next.intake.improved_after_massage = Some(answer),
            Action::SetPregnancyWeeks(weeks) => next.intake.pregnancy_weeks = weeks,
            Action::Answer(question, answer) => next.answer(question, answer),
            Action::NoneOf(screen) => {
                // Only what is still open: a mis-tap on "None of these" must not wipe a yes or
                // a cautious "not sure" the person gave on purpose. Follow-ups are questions of
                // their own, answered where they appear.
                for question in on_screen(screen).filter(|q| q.follow_up_of().is_none()) {
                    if next.intake.answer(question).is_none() {
                        next.intake.answers.set(question, Some(Answer::No));
                    }
                }
                next.forget_hidden_follow_ups();
            }
            Action::AskStartOver => next.confirming_restart = true,
            Action::CancelStartOver => next.confirming_restart = false,
            Action::StartOver => next = AppState::new(self.lang),
        }
        next
    }

    /// What the current step still needs before Next moves on, in the order shown.
    pub fn needs(&self) -> Vec<Need> {
        let intake = &self.intake;
        let mut needs = Vec::new();
        match self.step {
            Step::Map => {
                if intake.regions.is_empty() {
                    needs.push(Need::Region);
                }
            }
            Step::About => {
                if intake.duration_days.is_none() {
                    needs.push(Need::Duration);
                }
                if intake.onset.is_none() {
                    needs.push(Need::Onset);
                }
                if intake.age.is_none() {
                    needs.push(Need::Age);
                }
            }
            // An emergency answer ends the form: the advice must stay reachable (after Back,
            // after a reload) without the other checklists being filled in first.
            Step::Safety if self.advice().level == Level::Emergency => {}
            Step::Safety => {
                for screen in CHECKLISTS {
                    let touched = on_screen(screen).any(|q| intake.answer(q).is_some());
                    if !touched {
                        needs.push(Need::Checklist(screen));
                    }
                    // A follow-up is a question of its own: its parent's yes makes it matter.
                    needs.extend(
                        on_screen(screen)
                            .filter(|q| q.follow_up_of().is_some())
                            .filter(|q| intake.is_asked(*q) && intake.answer(*q).is_none())
                            .map(Need::Answer),
                    );
                }
            }
            Step::Advice | Step::Summary => {}
        }
        needs
    }

    /// The latest step the person may jump to: every step before it has what it needs.
    pub fn furthest_allowed(&self) -> Step {
        let mut probe = self.clone();
        for step in Step::ALL {
            probe.step = step;
            if !probe.needs().is_empty() {
                return step;
            }
        }
        Step::Summary
    }

    /// The advice for what has been entered so far (the engine is pure and fast).
    pub fn advice(&self) -> engine::Advice {
        engine::advise(&self.intake)
    }

    fn next_step(&mut self) {
        if !self.needs().is_empty() {
            self.show_needs = true;
            return;
        }
        // A checklist is answered by what is ticked: what is left unticked is a no. Not after an
        // emergency answer, when the person never went through the other lists: those stay
        // unanswered, and the summary says so.
        if self.step == Step::Safety && self.advice().level != Level::Emergency {
            for screen in CHECKLISTS {
                for question in on_screen(screen).filter(|q| q.follow_up_of().is_none()) {
                    if self.intake.answer(question).is_none() {
                        self.intake.answers.set(question, Some(Answer::No));
                    }
                }
            }
        }
        if let Some(step) = self.step.next() {
            self.go_to(step);
        }
    }

    fn go_to(&mut self, step: Step) {
        if step == Step::Advice && self.step != Step::Advice {
            self.announcement = Some(Announcement::AdviceReady(self.advice().level));
        }
        self.step = step;
        self.selected = None;
        self.confirming_clear = false;
        self.confirming_restart = false;
        self.show_needs = false;
    }

    fn answer(&mut self, question: Question, answer: Option<Answer>) {
        let was_emergency = self.advice().level == Level::Emergency;
        self.intake.answers.set(question, answer);
        self.forget_hidden_follow_ups();
        // The moment an answer means an emergency, the advice appears: the person is not made
        // to finish the form first. Once it has been shown, they may come back and go on
        // answering for their therapist without being sent back at every tick.
        if self.step == Step::Safety && !was_emergency && self.advice().level == Level::Emergency {
            self.go_to(Step::Advice);
        }
    }

    /// A follow-up that is no longer asked (its parent is now no) must not keep its answer:
    /// the person cannot see it to change it.
    fn forget_hidden_follow_ups(&mut self) {
        for question in Question::ALL {
            if !self.intake.is_asked(*question) {
                self.intake.answers.set(*question, None);
            }
        }
        if !self.intake.reads_yes(Question::Pregnant) {
            self.intake.pregnancy_weeks = None;
        }
    }

    fn set(&mut self, region: Region, intensity: Intensity) {
        if self.map().get(region) == intensity {
            return;
        }
        self.intake.regions.set(region, intensity);
        self.selected = Some(region);
        self.announcement = Some(if intensity.is_pain() {
            Announcement::Intensity(region, intensity)
        } else {
            Announcement::Removed(region)
        });
    }
}

/// The questions of one checklist, in spec order (follow-ups included).
pub fn on_screen(screen: Screen) -> impl Iterator<Item = Question> {
    Question::ALL
        .iter()
        .copied()
        .filter(move |q| q.screen() == screen)
}

fn toggle<T: PartialEq + Copy>(list: &mut Vec<T>, item: T) {
    if let Some(at) = list.iter().position(|x| *x == item) {
        list.remove(at);
    } else {
        list.push(item);
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn level(value: u8) -> Intensity {
        Intensity::new(value).unwrap()
    }

    fn run(actions: &[Action]) -> AppState {
        actions
            .iter()
            .fold(AppState::default(), |state, action| state.apply(*action))
    }

    #[test]
    fn selecting_opens_the_control_without_marking_pain() {
        let state = run(&[Action::SelectRegion(Region::LowerBackLeft)]);
        assert_eq!(state.selected, Some(Region::LowerBackLeft));
        assert!(state.map().is_empty());
    }

    #[test]
    fn setting_an_intensity_marks_the_region_and_announces_it() {
        let state = run(&[
            Action::SelectRegion(Region::LowerBackLeft),
            Action::SetIntensity(Region::LowerBackLeft, level(7)),
        ]);
        assert_eq!(state.map().get(Region::LowerBackLeft), level(7));
        assert_eq!(
            state.announcement,
            Some(Announcement::Intensity(Region::LowerBackLeft, level(7)))
        );
    }

    #[test]
    fn setting_zero_clears_the_region_but_keeps_the_control_open() {
        let state = run(&[
            Action::SetIntensity(Region::Neck, level(4)),
            Action::SetIntensity(Region::Neck, Intensity::NONE),
        ]);
        assert!(state.map().is_empty());
        assert_eq!(state.selected, Some(Region::Neck));
        assert_eq!(
            state.announcement,
            Some(Announcement::Removed(Region::Neck))
        );
    }

    #[test]
    fn steps_stay_on_the_scale() {
        let state = run(&[
            Action::SelectRegion(Region::Sacrum),
            Action::StepIntensity(Region::Sacrum, -1),
        ]);
        assert!(state.map().is_empty());
        assert_eq!(
            state.announcement, None,
            "nothing changed, so nothing is announced"
        );
        let state = (0..12).fold(state, |s, _| {
            s.apply(Action::StepIntensity(Region::Sacrum, 1))
        });
        assert_eq!(state.map().get(Region::Sacrum), Intensity::MAX);
    }

    #[test]
    fn remove_clears_and_closes() {
        let state = run(&[
            Action::SetIntensity(Region::CalfLeft, level(3)),
            Action::RemoveRegion(Region::CalfLeft),
        ]);
        assert!(state.map().is_empty());
        assert_eq!(state.selected, None);
        assert_eq!(
            state.announcement,
            Some(Announcement::Removed(Region::CalfLeft))
        );
    }

    #[test]
    fn clear_all_asks_first_and_only_when_there_is_something_to_clear() {
        assert!(!run(&[Action::AskClearAll]).confirming_clear);
        let asked = run(&[
            Action::SetIntensity(Region::HipLeft, level(2)),
            Action::AskClearAll,
        ]);
        assert!(asked.confirming_clear);
        assert_eq!(asked.apply(Action::CancelClearAll).map().len(), 1);
        let cleared = asked.apply(Action::ClearAll);
        assert!(
            cleared.map().is_empty() && !cleared.confirming_clear && cleared.selected.is_none()
        );
        assert_eq!(cleared.announcement, Some(Announcement::Cleared));
    }

    #[test]
    fn the_view_switch_keeps_the_map() {
        let state = run(&[
            Action::SetIntensity(Region::Neck, level(5)),
            Action::ShowView(View::List),
        ]);
        assert_eq!(state.view, View::List);
        assert_eq!(state.map().get(Region::Neck), level(5));
    }

    fn answered_about(state: AppState) -> AppState {
        [
            Action::SetDuration(DurationChoice::UpTo3Days),
            Action::SetOnset(Onset::Gradual),
            Action::SetAge(Some(40)),
        ]
        .into_iter()
        .fold(state, |s, a| s.apply(a))
    }

    fn at_safety() -> AppState {
        let state = run(&[
            Action::SetIntensity(Region::LowerBackLeft, level(4)),
            Action::Next,
        ]);
        answered_about(state).apply(Action::Next)
    }

    #[test]
    fn next_waits_for_what_the_step_needs() {
        let state = run(&[Action::Next]);
        assert_eq!(state.step, Step::Map);
        assert!(state.show_needs);
        assert_eq!(state.needs(), vec![Need::Region]);
        let state = state
            .apply(Action::SetIntensity(Region::Neck, level(3)))
            .apply(Action::Next);
        assert_eq!(state.step, Step::About);
        assert!(!state.show_needs);
        assert_eq!(
            state.apply(Action::Next).needs(),
            vec![Need::Duration, Need::Onset, Need::Age]
        );
        let state = answered_about(state).apply(Action::Next);
        assert_eq!(state.step, Step::Safety);
        assert_eq!(state.intake.duration_days, Some(3));
    }

    #[test]
    fn a_checklist_needs_a_tick_or_none_of_these_and_leaves_the_rest_as_no() {
        let state = at_safety().apply(Action::Next);
        assert_eq!(state.step, Step::Safety);
        assert_eq!(
            state.needs(),
            CHECKLISTS.map(Need::Checklist).to_vec(),
            "nothing ticked yet"
        );
        let state = state
            .apply(Action::NoneOf(Screen::Emergency))
            .apply(Action::Answer(Question::Fever, Some(Answer::Unsure)))
            .apply(Action::NoneOf(Screen::Precaution))
            .apply(Action::Next);
        assert_eq!(state.step, Step::Advice);
        assert_eq!(state.intake.answer(Question::Fever), Some(Answer::Unsure));
        assert_eq!(
            state.intake.answer(Question::Osteoporosis),
            Some(Answer::No)
        );
        assert_eq!(
            state.announcement,
            Some(Announcement::AdviceReady(Level::DoctorFirst))
        );
    }

    #[test]
    fn an_emergency_answer_shows_the_advice_at_once() {
        let state = at_safety().apply(Action::Answer(Question::SaddleNumbness, Some(Answer::Yes)));
        assert_eq!(state.step, Step::Advice);
        assert_eq!(
            state.announcement,
            Some(Announcement::AdviceReady(Level::Emergency))
        );
        // Unsure softens to doctor_first, so the person carries on with the form.
        let state = at_safety().apply(Action::Answer(
            Question::SaddleNumbness,
            Some(Answer::Unsure),
        ));
        assert_eq!(state.step, Step::Safety);
    }

    #[test]
    fn after_an_emergency_the_advice_stays_reachable_and_the_rest_stays_unanswered() {
        let state = at_safety().apply(Action::Answer(Question::SaddleNumbness, Some(Answer::Yes)));
        assert_eq!(state.step, Step::Advice);
        let back = state.apply(Action::Back);
        assert_eq!(back.step, Step::Safety);
        assert!(
            back.needs().is_empty(),
            "no other checklist stands in the way"
        );
        // Another tick does not throw the person back to the advice…
        let more = back.apply(Action::Answer(Question::Fever, Some(Answer::Yes)));
        assert_eq!(more.step, Step::Safety);
        // …and Next takes them there without turning untouched questions into "no".
        let advice = more.apply(Action::Next);
        assert_eq!(advice.step, Step::Advice);
        assert_eq!(advice.intake.answer(Question::Osteoporosis), None);

        // A reload on the advice step comes back to it.
        let json = serde_json::to_value(state.saved()).unwrap();
        assert_eq!(AppState::restore(&raw(&json)).unwrap().step, Step::Advice);
    }

    #[test]
    fn none_of_these_keeps_the_answers_already_given() {
        let state = at_safety()
            .apply(Action::Answer(Question::Fever, Some(Answer::Unsure)))
            .apply(Action::Answer(Question::Pregnant, Some(Answer::Yes)))
            .apply(Action::NoneOf(Screen::Doctor));
        assert_eq!(state.intake.answer(Question::Fever), Some(Answer::Unsure));
        assert_eq!(state.intake.answer(Question::Pregnant), Some(Answer::Yes));
        assert_eq!(
            state.intake.answer(Question::Osteoporosis),
            Some(Answer::No)
        );
        assert_eq!(
            state.intake.answer(Question::PregnancyComplications),
            None,
            "a follow-up is answered where it appears"
        );
    }

    #[test]
    fn follow_ups_must_be_answered_and_are_forgotten_when_no_longer_asked() {
        let state = at_safety()
            .apply(Action::NoneOf(Screen::Emergency))
            .apply(Action::NoneOf(Screen::Precaution))
            .apply(Action::Answer(Question::Pregnant, Some(Answer::Yes)))
            .apply(Action::SetPregnancyWeeks(Some(20)));
        assert_eq!(
            state.needs(),
            vec![Need::Answer(Question::PregnancyComplications)]
        );
        let state = state.apply(Action::Answer(Question::Pregnant, Some(Answer::No)));
        assert!(state.needs().is_empty());
        assert_eq!(state.intake.pregnancy_weeks, None);
        assert_eq!(state.intake.answer(Question::PregnancyComplications), None);
    }

    #[test]
    fn back_keeps_answers_and_start_over_clears_everything_but_the_language() {
        let state = at_safety()
            .apply(Action::SetLang(Lang::default()))
            .apply(Action::Back);
        assert_eq!(state.step, Step::About);
        assert_eq!(state.intake.age, Some(40));
        assert_eq!(
            state.apply(Action::GoTo(Step::Summary)).step,
            Step::About,
            "no jumping past unanswered checklists"
        );
        assert_eq!(state.apply(Action::GoTo(Step::Safety)).step, Step::Safety);
        let state = state.apply(Action::AskStartOver);
        assert!(state.confirming_restart);
        let fresh = state.apply(Action::StartOver);
        assert_eq!(fresh, AppState::new(state.lang));
    }

    fn raw(json: &serde_json::Value) -> RawValue {
        serde_json::from_value(json.clone()).unwrap()
    }

    #[test]
    fn a_saved_journey_comes_back_and_a_damaged_one_is_ignored() {
        let state = at_safety().apply(Action::NoneOf(Screen::Emergency));
        let json = serde_json::to_value(state.saved()).unwrap();
        let back = AppState::restore(&raw(&json)).unwrap();
        assert_eq!(back.step, Step::Safety);
        assert_eq!(back.intake, state.intake);
        assert_eq!(back.lang, state.lang);

        let mut tampered = json.clone();
        tampered["step"] = serde_json::json!(5);
        tampered["intake"]["age"] = serde_json::Value::Null;
        let back = AppState::restore(&raw(&tampered)).unwrap();
        assert_eq!(
            back.step,
            Step::About,
            "not past the step that lacks the age"
        );

        for broken in [
            serde_json::json!(null),
            serde_json::json!({"v": 99, "lang": "en", "step": 1, "intake": {}}),
            serde_json::json!({"v": 1, "lang": "en", "step": 1, "intake": {"regions": 3}}),
            serde_json::json!({"v": 1, "lang": "en", "step": 1.5, "intake": {}}),
        ] {
            assert_eq!(AppState::restore(&raw(&broken)), None);
        }
    }

    #[test]
    fn sessions_of_none_forget_whether_massage_helped() {
        let state = run(&[
            Action::SetSessions(2),
            Action::SetImproved(Answer::No),
            Action::SetSessions(0),
        ]);
        assert_eq!(state.intake.improved_after_massage, None);
        assert_eq!(state.intake.massage_sessions_for_this_pain, Some(0));
    }
}
