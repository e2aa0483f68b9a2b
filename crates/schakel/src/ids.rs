//! Typed ids. Every record has a UUID v7 (time-ordered, so inserts stay local in indexes); the
//! newtypes keep a pupil id from being passed where a school id is expected.

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize, sqlx::Type,
        )]
        #[serde(transparent)]
        #[sqlx(transparent)]
        pub struct $name(uuid::Uuid);

        impl $name {
            /// A fresh id.
            #[allow(clippy::new_without_default)]
            pub fn new() -> Self {
                Self(uuid::Uuid::now_v7())
            }

            pub fn from_uuid(id: uuid::Uuid) -> Self {
                Self(id)
            }

            pub fn uuid(self) -> uuid::Uuid {
                self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl std::str::FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                uuid::Uuid::parse_str(s).map(Self)
            }
        }
    };
}

id_type!(SchoolId);
id_type!(ClassId);
id_type!(PupilId);
id_type!(OrganisationId);
id_type!(ContactId);
id_type!(MeetingPointId);
id_type!(UserId);
id_type!(GrantId);
id_type!(InvitationId);
id_type!(AuditEventId);
id_type!(ImportBatchId);
id_type!(MailId);
id_type!(VacancyId);
id_type!(PlacementId);
id_type!(HoursEntryId);
id_type!(ConsentId);
id_type!(SessionId);
id_type!(NotificationId);
id_type!(RoundId);
