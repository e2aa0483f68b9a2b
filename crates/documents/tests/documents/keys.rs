//! The message keys: every key the crate asks for exists in both languages, the two files
//! define the same keys, and neither holds a key nobody uses.

use std::collections::BTreeSet;

use crate::fixtures;
use crate::texts::{EN, Fluent, NL};

/// The crate's sources, where every key is written out as a literal.
const SOURCES: [&str; 5] = [
    include_str!("../../src/agreement.rs"),
    include_str!("../../src/certificate.rs"),
    include_str!("../../src/words.rs"),
    include_str!("../../src/layout.rs"),
    include_str!("../../src/lib.rs"),
];

fn keys_in_source() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for source in SOURCES {
        for (i, _) in source.match_indices("\"doc-") {
            let rest = &source[i + 1..];
            let key: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
            if rest[key.len()..].starts_with('"') {
                keys.insert(key);
            }
        }
    }
    keys
}

fn keys_in_file(source: &str) -> BTreeSet<String> {
    source
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim().to_owned()))
        .collect()
}

#[test]
fn every_key_the_crate_uses_is_in_both_files() {
    let used = keys_in_source();
    assert!(used.len() > 150, "found only {} keys in the sources", used.len());
    for (name, file) in [("nl", NL), ("en", EN)] {
        let defined = keys_in_file(file);
        let missing: Vec<_> = used.difference(&defined).collect();
        assert!(missing.is_empty(), "{name}/documents.ftl lacks {missing:?}");
        let unused: Vec<_> = defined.difference(&used).collect();
        assert!(unused.is_empty(), "{name}/documents.ftl has unused keys {unused:?}");
        assert!(defined.iter().all(|k| k.starts_with("doc-")), "{name}: a key without the doc- prefix");
    }
}

#[test]
fn both_files_define_the_same_keys() {
    assert_eq!(keys_in_file(NL), keys_in_file(EN));
}

#[test]
fn rendering_asks_only_for_keys_in_the_source_and_finds_them_all() {
    let in_source = keys_in_source();
    for t in [Fluent::nl(), Fluent::en()] {
        for a in [fixtures::agreement(), fixtures::professional_agreement()] {
            schakel_documents::agreement_pdf(&a, &t).expect("agreement");
        }
        schakel_documents::certificate_pdf(&fixtures::certificate(), &t).expect("certificate");
        assert!(t.problems.borrow().is_empty(), "{:?}", t.problems.borrow());
        let asked = t.used.borrow();
        let strays: Vec<_> = asked.difference(&in_source).collect();
        assert!(strays.is_empty(), "keys built at run time: {strays:?}");
    }
}
