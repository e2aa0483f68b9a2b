//! A 13-year-old in a sports-club canteen with a bar on a Sunday evening, checked and printed
//! in Dutch: `cargo run -p schakel-minors --example demo`.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use schakel_minors::{Arg, Engine, HostFacts, Papers, Pupil, SchoolCalendar, Setting, Shift, Work};
use time::macros::{date, time};

const NL: &str = include_str!("../../schakel/i18n/nl/minors.ftl");

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let resource = FluentResource::try_new(NL.to_owned()).map_err(|_| "minors.ftl does not parse")?;
    let mut bundle = FluentBundle::new(vec!["nl".parse::<unic_langid::LanguageIdentifier>()?]);
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).map_err(|_| "duplicate keys")?;

    let pupil = Pupil::born_on(date!(2013 - 05 - 01));
    let host = HostFacts {
        alcohol_served: true,
        supervisor_named: true,
        tasks: Some(Default::default()),
        ..HostFacts::default()
    };
    let shifts = vec![Shift::new(date!(2026 - 11 - 29), time!(18:00), time!(21:00))?];
    let work = Work::new(Setting::MasOutsideSchool, shifts, host);
    let violations = Engine::default().check(&pupil, &work, &Papers::default(), &SchoolCalendar::region_noord());

    for v in &violations {
        let m = v.message_with(|d| format!("{}-{}-{}", d.day(), d.month() as u8, d.year()));
        let mut args = FluentArgs::new();
        for (name, value) in &m.args {
            match value {
                Arg::Text(t) => args.set(*name, FluentValue::from(t.clone())),
                Arg::Number(n) => args.set(*name, FluentValue::from(*n)),
            }
        }
        let title = bundle.get_message(v.rule.title_key()).and_then(|m| m.value());
        let body = bundle.get_message(m.key).and_then(|m| m.value());
        if let (Some(title), Some(body)) = (title, body) {
            let mut errors = vec![];
            let severity = bundle.get_message(v.severity.message_key()).and_then(|m| m.value());
            let severity =
                severity.map(|s| bundle.format_pattern(s, None, &mut errors).into_owned()).unwrap_or_default();
            println!("[{}] {} {}", severity, v.rule, bundle.format_pattern(title, None, &mut errors));
            println!("    {}", bundle.format_pattern(body, Some(&args), &mut errors));
        }
    }
    Ok(())
}
