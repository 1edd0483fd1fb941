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
    /// "Did the massages help?", asked after two or more sessions.
    Improved,
    /// A checklist with nothing ticked and no "None of these".
    Checklist(Screen),
    /// A follow-up question shown because of an earlier answer, a marked region or the age
    /// and duration given.
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
    /// Done was tapped in the intensity control with no value set: it stays open and asks for a
    /// number, rather than silently marking nothing. Like the announcement, it answers the last
    /// action only.
    pub asking_number: bool,
}

/// What the person meant to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Open the intensity control for a region (tap, Enter or Space).
    SelectRegion(Region),
    SetIntensity(Region, Intensity),
    /// A number button in the control: sets the intensity and closes the control, so marking a
    /// region takes two taps (the region, then its number).
    ChooseIntensity(Region, Intensity),
    /// Done in the control: closes it when the region has a value, else asks for one.
    FinishRegion,
    /// Step the selected region's intensity up or down by one.
    StepIntensity(Region, i8),
    RemoveRegion(Region),
    /// Escape: closes the control, whatever its value.
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
    /// "None of these" on a checklist: every item on it still open is answered no; its
    /// follow-ups are not.
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
        // An entry saved by an older build, or edited, may hold answers to questions that
        // are not asked: the person could neither see nor change them.
        state.forget_unasked();
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
        next.asking_number = false;
        match action {
            Action::SelectRegion(region) => {
                next.selected = Some(region);
                next.confirming_clear = false;
            }
            Action::SetIntensity(region, intensity) => next.set(region, intensity),
            Action::ChooseIntensity(region, intensity) => {
                next.set(region, intensity);
                next.selected = None;
            }
            Action::FinishRegion => match next.selected {
                Some(region) if !next.map().get(region).is_pain() => next.asking_number = true,
                _ => next.selected = None,
            },
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
            Action::SetSessions(count) => next.intake.massage_sessions_for_this_pain = Some(count),
            Action::SetImproved(answer) => next.intake.improved_after_massage = Some(answer),
            Action::SetPregnancyWeeks(weeks) => next.intake.pregnancy_weeks = weeks,
            Action::Answer(question, answer) => next.intake.answers.set(question, answer),
            Action::NoneOf(screen) => {
                // Only what is still open: a mis-tap on "None of these" must not wipe a yes or
                // a cautious "not sure" the person gave on purpose. Follow-ups are questions of
                // their own, answered where they appear.
                for question in items(screen) {
                    if next.intake.answer(question).is_none() {
                        next.intake.answers.set(question, Some(Answer::No));
                    }
                }
            }
            Action::AskStartOver => next.confirming_restart = true,
            Action::CancelStartOver => next.confirming_restart = false,
            Action::StartOver => next = AppState::new(self.lang),
        }
        // Whatever changed (an answer, the map, the age, the sessions), a question no longer
        // asked keeps no answer.
        next.forget_unasked();
        // The moment the answers mean an emergency, the advice appears, on whichever step the
        // change was made (an answer, or a changed onset or map that an earlier answer now
        // makes an emergency): the person is not made to finish the form first. Once it has
        // been shown, they may come back and go on answering for their therapist without
        // being sent back at every tick. The earlier advice is worked out only when needed.
        if next.step < Step::Advice
            && next.advice().level == Level::Emergency
            && self.advice().level != Level::Emergency
        {
            next.go_to(Step::Advice);
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
                // Skipped on a finished check, it would read as "not sure" and send the
                // person to a doctor: it is asked, with "Not sure" as an answer, not optional.
                if intake.asks_improved() && intake.improved_after_massage.is_none() {
                    needs.push(Need::Improved);
                }
            }
            // An emergency answer ends the form: the advice must stay reachable (after Back,
            // after a reload) without the other checklists being filled in first.
            Step::Safety if self.advice().level == Level::Emergency => {}
            Step::Safety => {
                for screen in CHECKLISTS {
                    // Answering a follow-up on its own (the neck question) is not going
                    // through the list.
                    let touched = items(screen).any(|q| intake.answer(q).is_some());
                    if !touched {
                        needs.push(Need::Checklist(screen));
                    }
                    // A follow-up is a question of its own, needed wherever it is shown.
                    needs.extend(
                        follow_ups_shown(intake, screen)
                            .filter(|q| intake.answer(*q).is_none())
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
                for question in items(screen) {
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

    /// Answers to questions the journey no longer asks are dropped: the person cannot see
    /// them to change them, and the rules must not read them. A follow-up's condition reads
    /// only questions that are not follow-ups, so one pass is enough.
    fn forget_unasked(&mut self) {
        let intake = &mut self.intake;
        for question in Question::ALL.iter().copied().filter(|q| q.is_follow_up()) {
            if !intake.is_asked(question) {
                intake.answers.set(question, None);
            }
        }
        if !intake.asks_improved() {
            intake.improved_after_massage = None;
        }
        if !intake.reads_yes(Question::Pregnant) {
            intake.pregnancy_weeks = None;
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

/// The tick-box items of one checklist: its questions that are not follow-ups.
pub fn items(screen: Screen) -> impl Iterator<Item = Question> {
    on_screen(screen).filter(|q| !q.is_follow_up())
}

/// Where an asked follow-up is shown: under the item whose yes or "not sure" asks it, or, when
/// something else asks it (a marked neck or calf), `None`: on its own at the end of the list.
pub fn shown_under(intake: &Intake, question: Question) -> Option<Question> {
    question
        .follow_up_of()
        .filter(|parent| intake.reads_yes(*parent))
}

/// The follow-ups of one checklist that are asked now, in the order shown: those under an
/// item (spec order puts each right after its item), then those on their own.
pub fn follow_ups_shown(intake: &Intake, screen: Screen) -> impl Iterator<Item = Question> + '_ {
    let asked = move |q: &Question| q.is_follow_up() && intake.is_asked(*q);
    let under = on_screen(screen)
        .filter(asked)
        .filter(|q| shown_under(intake, *q).is_some());
    let alone = on_screen(screen)
        .filter(asked)
        .filter(|q| shown_under(intake, *q).is_none());
    under.chain(alone)
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
    fn a_number_marks_the_region_and_closes_the_control_in_one_tap() {
        let state = run(&[
            Action::SelectRegion(Region::HipLeft),
            Action::ChooseIntensity(Region::HipLeft, level(6)),
        ]);
        assert_eq!(state.map().get(Region::HipLeft), level(6));
        assert_eq!(state.selected, None);
        assert_eq!(
            state.announcement,
            Some(Announcement::Intensity(Region::HipLeft, level(6)))
        );
    }

    #[test]
    fn done_without_a_value_keeps_the_control_open_and_asks_for_a_number() {
        let asked = run(&[Action::SelectRegion(Region::Sacrum), Action::FinishRegion]);
        assert_eq!(asked.selected, Some(Region::Sacrum));
        assert!(asked.asking_number);
        assert!(asked.map().is_empty());

        let chosen = asked.apply(Action::SetIntensity(Region::Sacrum, level(3)));
        assert!(
            !chosen.asking_number,
            "the request goes once a value is set"
        );
        let done = chosen.apply(Action::FinishRegion);
        assert_eq!(done.selected, None);
        assert_eq!(done.map().get(Region::Sacrum), level(3));

        let escaped = asked.apply(Action::CloseControl);
        assert!(escaped.selected.is_none() && !escaped.asking_number && escaped.map().is_empty());
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
            vec![
                Need::Answer(Question::PregnancyComplications),
                Need::Answer(Question::PregnancyWarningSigns)
            ]
        );
        let state = state
            .apply(Action::Answer(
                Question::PregnancyComplications,
                Some(Answer::No),
            ))
            .apply(Action::Answer(Question::Pregnant, Some(Answer::No)));
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
    fn after_two_sessions_whether_massage_helped_must_be_answered() {
        let about = answered_about(run(&[
            Action::SetIntensity(Region::LowerBackLeft, level(3)),
            Action::Next,
        ]));
        let asked = about.apply(Action::SetSessions(2));
        assert_eq!(asked.needs(), vec![Need::Improved]);
        let stuck = asked.apply(Action::Next);
        assert_eq!(stuck.step, Step::About);
        assert!(stuck.show_needs);
        let on = stuck
            .apply(Action::SetImproved(Answer::Unsure))
            .apply(Action::Next);
        assert_eq!(on.step, Step::Safety);
        assert!(about.apply(Action::SetSessions(1)).needs().is_empty());
    }

    #[test]
    fn whether_massage_helped_is_asked_and_kept_only_after_two_sessions() {
        let state = run(&[Action::SetSessions(1), Action::SetImproved(Answer::No)]);
        assert_eq!(
            state.intake.improved_after_massage, None,
            "not asked after one session"
        );
        let state = state
            .apply(Action::SetSessions(2))
            .apply(Action::SetImproved(Answer::No));
        assert_eq!(state.intake.improved_after_massage, Some(Answer::No));
        for fewer in [1, 0] {
            let state = state.apply(Action::SetSessions(fewer));
            assert_eq!(state.intake.improved_after_massage, None);
            assert_eq!(state.intake.massage_sessions_for_this_pain, Some(fewer));
        }
    }

    /// The rule ids behind the advice, for asserting what a person is told.
    fn rules(state: &AppState) -> Vec<&'static str> {
        state.advice().reasons.iter().map(|r| r.rule).collect()
    }

    /// The safety step with every checklist answered "None of these".
    fn all_none(state: AppState) -> AppState {
        CHECKLISTS
            .into_iter()
            .fold(state, |s, screen| s.apply(Action::NoneOf(screen)))
    }

    /// Map, about and on to the safety step for a map and a duration, age 40.
    fn at_safety_with(regions: &[(Region, u8)], duration: DurationChoice) -> AppState {
        let state = regions.iter().fold(AppState::default(), |s, (r, v)| {
            s.apply(Action::SetIntensity(*r, level(*v)))
        });
        let state = answered_about(state.apply(Action::Next))
            .apply(Action::SetDuration(duration))
            .apply(Action::Next);
        assert_eq!(state.step, Step::Safety);
        state
    }

    #[test]
    fn the_neck_question_is_asked_only_with_neck_pain_and_none_of_these_leaves_it_open() {
        let low_back = at_safety();
        assert!(!follow_ups_shown(&low_back.intake, Screen::Emergency)
            .any(|q| q == Question::NeckWarningSigns));
        let state = all_none(low_back).apply(Action::Next);
        assert_eq!(state.step, Step::Advice);
        assert_eq!(state.intake.answer(Question::NeckWarningSigns), None);

        for region in [Region::Neck, Region::SpineCervical, Region::UpperBackRight] {
            let state = all_none(at_safety_with(&[(region, 3)], DurationChoice::UpTo3Days));
            let shown: Vec<_> = follow_ups_shown(&state.intake, Screen::Emergency).collect();
            assert_eq!(shown, vec![Question::NeckWarningSigns], "{region:?}");
            assert_eq!(shown_under(&state.intake, Question::NeckWarningSigns), None);
            assert_eq!(
                state.needs(),
                vec![Need::Answer(Question::NeckWarningSigns)],
                "None of these does not answer it"
            );
            let stuck = state.apply(Action::Next);
            assert_eq!(stuck.step, Step::Safety);
            assert!(stuck.show_needs);
            let on = stuck
                .apply(Action::Answer(Question::NeckWarningSigns, Some(Answer::No)))
                .apply(Action::Next);
            assert_eq!(on.step, Step::Advice);
            assert_eq!(on.advice().level, Level::MassageOk);
            assert!(!rules(&on).contains(&"U_INCOMPLETE_SCREEN"));
        }
    }

    #[test]
    fn answering_the_neck_question_alone_does_not_count_as_going_through_the_list() {
        let state = at_safety_with(&[(Region::Neck, 3)], DurationChoice::UpTo3Days)
            .apply(Action::Answer(Question::NeckWarningSigns, Some(Answer::No)));
        assert_eq!(state.needs(), CHECKLISTS.map(Need::Checklist).to_vec());
    }

    #[test]
    fn a_yes_to_the_neck_signs_or_an_unsure_chest_pain_shows_the_emergency_advice_at_once() {
        let neck = at_safety_with(&[(Region::Neck, 3)], DurationChoice::UpTo3Days);
        let state = neck.apply(Action::Answer(
            Question::NeckWarningSigns,
            Some(Answer::Yes),
        ));
        assert_eq!(state.step, Step::Advice);
        assert_eq!(
            state.announcement,
            Some(Announcement::AdviceReady(Level::Emergency))
        );
        assert!(rules(&state).contains(&"E_NECK"));

        // v2 does not soften a doubt about a heart symptom: "not sure" is an emergency too.
        let state = at_safety().apply(Action::Answer(
            Question::ChestPainOrBreathlessness,
            Some(Answer::Unsure),
        ));
        assert_eq!(state.step, Step::Advice);
        assert!(rules(&state).contains(&"E_CHEST"));
        assert!(!rules(&state).contains(&"U_UNSURE_EMERGENCY"));

        // A doubt about the neck signs is softened to a same-day doctor: the form goes on.
        let state = neck.apply(Action::Answer(
            Question::NeckWarningSigns,
            Some(Answer::Unsure),
        ));
        assert_eq!(state.step, Step::Safety);
        assert_eq!(state.advice().level, Level::DoctorFirst);
        assert!(rules(&state).contains(&"U_UNSURE_EMERGENCY"));
    }

    #[test]
    fn an_emergency_made_by_a_change_on_an_earlier_step_shows_the_advice_at_once() {
        // Faint with a pain that came on gradually is not E_COLLAPSE; the person finishes.
        let state = all_none(at_safety().apply(Action::Answer(
            Question::FeelingFaintSweatyOrNauseous,
            Some(Answer::Yes),
        )))
        .apply(Action::Next);
        assert_eq!(state.step, Step::Advice);
        assert_ne!(state.advice().level, Level::Emergency);
        // Back on "About your pain", the pain came on suddenly after all: an emergency now.
        let about = state.apply(Action::GoTo(Step::About));
        assert_eq!(about.step, Step::About);
        let state = about.apply(Action::SetOnset(Onset::Sudden));
        assert_eq!(state.step, Step::Advice);
        assert!(rules(&state).contains(&"E_COLLAPSE"));
        // Once shown, going back to change something else does not send the person on again.
        let back = state.apply(Action::GoTo(Step::About));
        let state = back.apply(Action::SetAge(Some(41)));
        assert_eq!(state.step, Step::About);
    }

    #[test]
    fn the_calf_question_opens_under_the_clot_item_or_stands_alone_with_a_marked_calf() {
        let state = all_none(at_safety());
        assert!(state.needs().is_empty());
        let clot = state.apply(Action::Answer(
            Question::BloodClotHistory,
            Some(Answer::Unsure),
        ));
        assert_eq!(
            shown_under(&clot.intake, Question::CalfSwellingNow),
            Some(Question::BloodClotHistory)
        );
        assert_eq!(clot.needs(), vec![Need::Answer(Question::CalfSwellingNow)]);
        let answered = clot.apply(Action::Answer(Question::CalfSwellingNow, Some(Answer::No)));
        assert!(answered.needs().is_empty());
        let no_clot = answered.apply(Action::Answer(Question::BloodClotHistory, Some(Answer::No)));
        assert_eq!(
            no_clot.intake.answer(Question::CalfSwellingNow),
            None,
            "closed with its item, so forgotten"
        );

        let calf = all_none(at_safety_with(
            &[(Region::CalfLeft, 4)],
            DurationChoice::UpTo3Days,
        ));
        assert_eq!(shown_under(&calf.intake, Question::CalfSwellingNow), None);
        assert_eq!(calf.needs(), vec![Need::Answer(Question::CalfSwellingNow)]);
        let swollen = calf
            .apply(Action::Answer(Question::CalfSwellingNow, Some(Answer::Yes)))
            .apply(Action::Next);
        assert_eq!(swollen.step, Step::Advice);
        assert!(rules(&swollen).contains(&"D_CALF_SWELLING_NOW"));
        // With the clot item ticked as well, the same question moves under it, answer kept.
        let moved = calf
            .apply(Action::Answer(Question::CalfSwellingNow, Some(Answer::Yes)))
            .apply(Action::Answer(
                Question::BloodClotHistory,
                Some(Answer::Yes),
            ));
        assert_eq!(
            shown_under(&moved.intake, Question::CalfSwellingNow),
            Some(Question::BloodClotHistory)
        );
        assert_eq!(
            moved.intake.answer(Question::CalfSwellingNow),
            Some(Answer::Yes)
        );
    }

    #[test]
    fn the_before_45_question_follows_stiffness_duration_and_age() {
        let state = at_safety_with(&[(Region::SpineLumbar, 4)], DurationChoice::Over3Months)
            .apply(Action::SetAge(Some(50)))
            .apply(Action::Answer(
                Question::MorningStiffnessOver30Min,
                Some(Answer::Yes),
            ));
        assert_eq!(
            shown_under(&state.intake, Question::BackPainBeganBefore45),
            Some(Question::MorningStiffnessOver30Min)
        );
        let state = all_none(state);
        assert_eq!(
            state.needs(),
            vec![Need::Answer(Question::BackPainBeganBefore45)]
        );
        let state = state.apply(Action::Answer(
            Question::BackPainBeganBefore45,
            Some(Answer::Yes),
        ));
        assert!(state.needs().is_empty());
        assert!(rules(&state).contains(&"D_INFLAMMATORY"));

        // Going back and changing the age or the duration takes the question away.
        let younger = state.apply(Action::Back).apply(Action::SetAge(Some(44)));
        assert_eq!(younger.intake.answer(Question::BackPainBeganBefore45), None);
        let shorter = state
            .apply(Action::Back)
            .apply(Action::SetDuration(DurationChoice::UpTo12Weeks));
        assert_eq!(shorter.intake.answer(Question::BackPainBeganBefore45), None);
        // Back at the safety step with the age it had, the question is asked again.
        let again = younger.apply(Action::SetAge(Some(50))).apply(Action::Next);
        assert_eq!(
            again.needs(),
            vec![Need::Answer(Question::BackPainBeganBefore45)]
        );
    }

    #[test]
    fn a_yes_to_the_pregnancy_warning_signs_means_a_doctor_today() {
        let state =
            all_none(at_safety()).apply(Action::Answer(Question::Pregnant, Some(Answer::Yes)));
        assert_eq!(
            state.needs(),
            vec![
                Need::Answer(Question::PregnancyComplications),
                Need::Answer(Question::PregnancyWarningSigns)
            ]
        );
        let state = state
            .apply(Action::Answer(
                Question::PregnancyComplications,
                Some(Answer::No),
            ))
            .apply(Action::Answer(
                Question::PregnancyWarningSigns,
                Some(Answer::Yes),
            ))
            .apply(Action::Next);
        assert_eq!(state.step, Step::Advice);
        let advice = state.advice();
        assert_eq!(
            (advice.level, advice.urgency),
            (Level::DoctorFirst, Some(engine::Urgency::SameDay))
        );
        assert!(rules(&state).contains(&"D_PREGNANCY_WARNING"));
    }

    #[test]
    fn marking_the_neck_after_the_advice_asks_the_neck_question_before_the_advice_again() {
        let done = all_none(at_safety()).apply(Action::Next);
        assert_eq!(done.step, Step::Advice);
        assert_eq!(done.advice().level, Level::MassageOk);

        let marked = done
            .apply(Action::GoTo(Step::Map))
            .apply(Action::SetIntensity(Region::Neck, level(3)));
        // Skipped on a finished check, the neck question reads "not sure" until it is
        // answered: the advice follows at once.
        assert_eq!(marked.advice().level, Level::DoctorFirst);
        assert!(rules(&marked).contains(&"U_UNSURE_EMERGENCY"));
        assert_eq!(marked.furthest_allowed(), Step::Safety);
        assert_eq!(marked.apply(Action::GoTo(Step::Advice)).step, Step::Map);

        let safety = marked.apply(Action::Next).apply(Action::Next);
        assert_eq!(safety.step, Step::Safety);
        assert_eq!(
            safety.needs(),
            vec![Need::Answer(Question::NeckWarningSigns)]
        );
        let advice = safety
            .apply(Action::Answer(Question::NeckWarningSigns, Some(Answer::No)))
            .apply(Action::Next);
        assert_eq!(advice.step, Step::Advice);
        assert_eq!(advice.advice().level, Level::MassageOk);

        // Taking the neck off the map again forgets the answer.
        let removed = advice
            .apply(Action::GoTo(Step::Map))
            .apply(Action::RemoveRegion(Region::Neck));
        assert_eq!(removed.intake.answer(Question::NeckWarningSigns), None);
    }

    #[test]
    fn after_an_emergency_jump_the_rest_stays_unanswered_and_later_changes_still_ask() {
        let state = at_safety_with(&[(Region::LowerBackLeft, 4)], DurationChoice::UpTo3Days)
            .apply(Action::Answer(Question::LegWeakness, Some(Answer::Yes)));
        assert_eq!(state.step, Step::Advice);
        assert!(!state.intake.screen_complete());
        assert_eq!(state.advice().level, Level::Emergency);
        // The person goes back, finds they were wrong, and untick: the check is theirs to
        // finish again, neck question included once the neck is marked.
        let state = state
            .apply(Action::Back)
            .apply(Action::Answer(Question::LegWeakness, Some(Answer::No)));
        assert_eq!(state.step, Step::Safety);
        assert_eq!(
            state.needs(),
            vec![
                Need::Checklist(Screen::Doctor),
                Need::Checklist(Screen::Precaution)
            ]
        );
        let neck = state
            .apply(Action::GoTo(Step::Map))
            .apply(Action::SetIntensity(Region::Neck, level(2)))
            .apply(Action::GoTo(Step::Safety));
        assert_eq!(neck.step, Step::Safety);
        assert_eq!(
            neck.needs(),
            vec![
                Need::Answer(Question::NeckWarningSigns),
                Need::Checklist(Screen::Doctor),
                Need::Checklist(Screen::Precaution)
            ]
        );
    }

    #[test]
    fn a_restored_journey_drops_answers_to_questions_not_asked() {
        let state = all_none(at_safety());
        let mut json = serde_json::to_value(state.saved()).unwrap();
        json["intake"]["answers"]["neck_warning_signs"] = serde_json::json!("yes");
        json["intake"]["answers"]["pregnancy_warning_signs"] = serde_json::json!("yes");
        json["intake"]["massage_sessions_for_this_pain"] = serde_json::json!(1);
        json["intake"]["improved_after_massage"] = serde_json::json!("no");
        json["intake"]["pregnancy_weeks"] = serde_json::json!(20);
        let back = AppState::restore(&raw(&json)).unwrap();
        assert_eq!(back.intake.answer(Question::NeckWarningSigns), None);
        assert_eq!(back.intake.answer(Question::PregnancyWarningSigns), None);
        assert_eq!(back.intake.improved_after_massage, None);
        assert_eq!(back.intake.pregnancy_weeks, None);
        assert_eq!(back.advice().level, Level::MassageOk);
        assert_eq!(back.step, Step::Safety);
    }
}
