//! Importing pupils: the web flow with its preview, files that cannot be used, re-imports, and
//! the command line.

use std::process::ExitCode;

use reqwest::StatusCode;

use crate::fixtures::World;
use crate::helpers::TestApp;

const GOOD_AND_BAD: &str = "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Klas;Geboortedatum;Postcode\n\
    100101;Amira;;El Idrissi;2C;14-03-2013;1055 AB\n\
    100102;Daan;de;Boer;2C;31-02-2013;1055 AC\n\
    100103;Kofi;;Mensah;2D;01-06-2013;1102 XY\n";

async fn upload(
    app: &TestApp,
    world: &World,
    name: &str,
    bytes: Vec<u8>,
) -> (crate::helpers::Client, crate::helpers::Page) {
    let mut coord = app.signed_in("coord.a@test.nl").await;
    let res = coord.upload("/pupils/import", &[("school", &world.school_a.to_string())], name, bytes).await;
    (coord, res)
}

async fn a_file_with_errors_imports_nothing_unless_the_bad_rows_are_skipped(app: TestApp) {
    let world = World::build(&app).await;
    let (mut coord, res) = upload(&app, &world, "klas2.csv", GOOD_AND_BAD.into()).await;
    assert!(res.redirects_to("/pupils/import/"), "{res:?}");
    let preview_url = res.location.clone().unwrap_or_default();
    let preview = coord.get(&preview_url).await;
    assert!(preview.text.contains("Deze datum bestaat niet."), "{}", preview.text);
    assert!(preview.text.contains("31-02-2013") && preview.text.contains(">3<"), "the line number and value are shown");
    assert!(preview.text.contains("Amira"));
    assert_eq!(app.count("SELECT COUNT(*) FROM pupils").await, 2, "nothing written by the preview");

    let refused = coord.post(&preview_url, &[]).await;
    assert!(refused.redirects_to(&preview_url));
    assert_eq!(app.count("SELECT COUNT(*) FROM pupils").await, 2);

    let done = coord.post(&preview_url, &[("skip_errors", "yes")]).await;
    assert!(done.redirects_to("/pupils?school="), "{done:?}");
    assert_eq!(app.count("SELECT COUNT(*) FROM pupils").await, 4);
    assert_eq!(app.count("SELECT COUNT(*) FROM classes WHERE name IN ('2C', '2D')").await, 2);
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_events WHERE action = 'pupils-imported'").await, 1);
    // A second click does not import twice.
    let twice = coord.post(&preview_url, &[("skip_errors", "yes")]).await;
    assert!(twice.redirects_to(&preview_url));
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_events WHERE action = 'pupils-imported'").await, 1);
}

async fn reimporting_updates_pupils_by_number_and_keeps_what_the_file_lacks(app: TestApp) {
    let world = World::build(&app).await;
    let first = "leerlingnummer;roepnaam;achternaam;klas;postcode\n100201;Sara;Yilmaz;1A;1053 AB\n";
    let (mut coord, res) = upload(&app, &world, "a.csv", first.into()).await;
    coord.post(&res.location.unwrap_or_default(), &[]).await;
    // The second export has a new class and no postcode column.
    let second = "leerlingnummer;roepnaam;achternaam;klas\n100201;Sara;Yılmaz;2A\n";
    let res = coord.upload("/pupils/import", &[("school", &world.school_a.to_string())], "b.csv", second.into()).await;
    let preview = coord.get(&res.location.clone().unwrap_or_default()).await;
    assert!(preview.text.contains("Bestaande leerlingen die worden bijgewerkt"));
    coord.post(&res.location.unwrap_or_default(), &[]).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM pupils WHERE number = '100201'").await, 1);
    let row: (String, Option<String>, String) = schakel::with_conn!(&app.db, p => sqlx::query_as(
        "SELECT p.last_name, p.postcode, c.name FROM pupils p JOIN classes c ON c.id = p.class_id WHERE p.number = '100201'")
        .fetch_one(p).await).expect("pupil");
    assert_eq!(row, ("Yılmaz".to_string(), Some("1053 AB".to_string()), "2A".to_string()));
}

async fn files_we_cannot_read_are_refused_with_a_reason(app: TestApp) {
    let world = World::build(&app).await;
    let (_, binary) = upload(&app, &world, "leerlingen.csv", b"%PDF-1.7\x00\x00\x01binary".to_vec()).await;
    assert_eq!(binary.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(binary.text.contains("Dit is geen CSV-, XLSX- of EDEXML-bestand"));
    let (_, columns) = upload(&app, &world, "x.csv", b"naam;klas\nNoor;2B\n".to_vec()).await;
    assert!(
        columns.text.contains("Deze verplichte kolommen ontbreken: leerlingnummer, roepnaam, achternaam"),
        "{}",
        columns.text
    );
    let (_, empty) = upload(&app, &world, "leeg.csv", Vec::new()).await;
    assert!(empty.text.contains("Kies een bestand") || empty.text.contains("Het bestand is leeg"));
    assert_eq!(app.count("SELECT COUNT(*) FROM import_batches").await, 0);
    // Windows-1252, as Excel on Windows saves CSV.
    let mut latin = b"leerlingnummer;roepnaam;achternaam;klas\n100301;Ren".to_vec();
    latin.push(0xE9);
    latin.extend_from_slice(b";Dubois;1B\n");
    let (mut coord, res) = upload(&app, &world, "excel.csv", latin).await;
    coord.post(&res.location.unwrap_or_default(), &[]).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM pupils WHERE first_name = 'René'").await, 1);
}

async fn large_imports_are_written_in_batches(app: TestApp) {
    let world = World::build(&app).await;
    let mut csv = String::from("leerlingnummer;roepnaam;achternaam;klas;geboortedatum\n");
    for i in 0..1_234 {
        csv.push_str(&format!("{};Leerling;Nummer{i};{}A;01-01-2012\n", 500_000 + i, 1 + i % 4));
    }
    let (mut coord, res) = upload(&app, &world, "groot.csv", csv.clone().into()).await;
    coord.post(&res.location.unwrap_or_default(), &[]).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM pupils WHERE number >= '500000'").await, 1_234);
    let res = coord.upload("/pupils/import", &[("school", &world.school_a.to_string())], "groot.csv", csv.into()).await;
    coord.post(&res.location.unwrap_or_default(), &[]).await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM pupils WHERE number >= '500000'").await,
        1_234,
        "updated, not duplicated"
    );
}

async fn the_command_line_import_checks_the_school_and_the_rows(app: TestApp) {
    let world = World::build(&app).await;
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("leerlingen.csv");
    std::fs::write(&file, GOOD_AND_BAD).expect("write");
    let import = |brin: &'static str, skip: bool| {
        let env = app.env.clone();
        let file = file.clone();
        async move { schakel::directory::cli::import_pupils(&env, &file, brin, skip).await.expect("runs") }
    };
    assert_eq!(import("99ZZ00", false).await, ExitCode::from(2), "unknown BRIN");
    assert_eq!(import("11AA00", false).await, ExitCode::from(2), "rows with errors");
    assert_eq!(app.count("SELECT COUNT(*) FROM pupils").await, 2);
    assert_eq!(import("11AA00", true).await, ExitCode::SUCCESS);
    assert_eq!(app.count("SELECT COUNT(*) FROM pupils").await, 4);
    let _ = world;
}

/// Parents come along from a Magister or Somtoday export; a later export without their columns
/// leaves them, one with them replaces them; a bad address is named by line and column.
async fn parents_are_imported_with_the_pupils_and_kept_by_exports_without_them(app: TestApp) {
    let world = World::build(&app).await;
    let magister = "Leerlingnummer;Roepnaam;Achternaam;Klas;E-mail ouder/verzorger;Telefoon ouder/verzorger;Relatie;Verzorger 2 e-mail\r\n\
        100301;Noa;Visser;3B;m.visser@ouders.nl;06-12345678;Moeder;\r\n\
        100302;Liam;Smit;3B;;;;p.smit@ouders.nl\r\n\
        100303;Zoë;Bos;3B;geen-adres;;;\r\n";
    let (mut coord, res) = upload(&app, &world, "magister.csv", magister.into()).await;
    let preview_url = res.location.clone().unwrap_or_default();
    let preview = coord.get(&preview_url).await;
    assert!(preview.text.contains("geen-adres"), "the bad address is shown: {}", preview.text);
    assert!(preview.text.contains("e-mail ouder/verzorger"), "in the column it came from");
    coord.post(&preview_url, &[("skip_errors", "yes")]).await;
    let guardians = |number: &'static str| {
        let db = app.db.clone();
        async move {
            schakel::with_conn!(&db, p => sqlx::query_as::<_, (i32, String, Option<String>, String)>(
                "SELECT g.position, g.relation, g.email, g.phone FROM guardians g JOIN pupils p ON p.id = g.pupil_id
                 WHERE p.number = $1 ORDER BY g.position").bind(number).fetch_all(p).await)
            .expect("guardians")
        }
    };
    assert_eq!(
        guardians("100301").await,
        vec![(1, "mother".to_string(), Some("m.visser@ouders.nl".to_string()), "06-12345678".to_string())]
    );
    assert_eq!(
        guardians("100302").await,
        vec![(2, String::new(), Some("p.smit@ouders.nl".to_string()), String::new())]
    );
    assert!(guardians("100303").await.is_empty(), "the bad row was skipped");

    // An export without parents' columns keeps them.
    let plain = "leerlingnummer;roepnaam;achternaam;klas\n100301;Noa;Visser;3C\n";
    let res = coord.upload("/pupils/import", &[("school", &world.school_a.to_string())], "b.csv", plain.into()).await;
    coord.post(&res.location.unwrap_or_default(), &[]).await;
    assert_eq!(guardians("100301").await.len(), 1, "kept");
    // One with them replaces them.
    let again = "leerlingnummer;roepnaam;achternaam;klas;verzorger 1 e-mail\n100301;Noa;Visser;3C;nieuw@ouders.nl\n";
    let res = coord.upload("/pupils/import", &[("school", &world.school_a.to_string())], "c.csv", again.into()).await;
    coord.post(&res.location.unwrap_or_default(), &[]).await;
    assert_eq!(guardians("100301").await, vec![(1, String::new(), Some("nieuw@ouders.nl".to_string()), String::new())]);
    // The coordinator sees them on the pupil's page.
    let id: uuid::Uuid =
        schakel::with_conn!(&app.db, p => sqlx::query_scalar("SELECT id FROM pupils WHERE number = '100301'")
        .fetch_one(p).await)
        .expect("id");
    assert!(coord.get(&format!("/pupils/{id}")).await.text.contains("nieuw@ouders.nl"));
}

crate::both!(
    parents_are_imported_with_the_pupils_and_kept_by_exports_without_them,
    a_file_with_errors_imports_nothing_unless_the_bad_rows_are_skipped,
    reimporting_updates_pupils_by_number_and_keeps_what_the_file_lacks,
    files_we_cannot_read_are_refused_with_a_reason,
    large_imports_are_written_in_batches,
    the_command_line_import_checks_the_school_and_the_rows,
);
