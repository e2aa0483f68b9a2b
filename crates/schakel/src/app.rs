//! The application: every area's routes, the request context, body limits, security headers,
//! request ids and request logs, and serving them. This is the one module that knows every area;
//! no area imports it.

use std::net::SocketAddr;

use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderName, HeaderValue, Request, StatusCode, header};
use axum::response::IntoResponse;
use tokio::net::TcpListener;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, RequestId, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};

use crate::clock::Clock;
use crate::db::Db;
use crate::state::AppState;
use crate::web::routes::FORM_LIMIT;
use crate::web::{Routes, assets, context, error};

/// Opens the database at `url` with `clock`, applies its migrations and stores the built-in
/// rules for minors when none are stored yet: what every command needs before it starts.
pub async fn open(url: &str, clock: Clock) -> anyhow::Result<Db> {
    use anyhow::Context;
    let db = Db::connect(url, clock).await?;
    crate::minors::rules::seed(&db).await.context("seeding the rules for minors")?;
    Ok(db)
}

/// Every route of the product.
pub fn routes() -> Routes {
    Routes::new()
        .get("/healthz", healthz)
        .get("/assets/{*file}", assets::serve)
        .merge(crate::home::web::routes())
        .merge(crate::auth::web::routes())
        .merge(crate::directory::web::routes())
        .merge(crate::privacy::web::routes())
        .merge(crate::mail::web::routes())
        .merge(crate::placements::web::routes())
        .merge(crate::minors::web::routes())
        .merge(crate::rounds::web::routes())
}

/// The application: routes, the request context, security headers, request ids and logs.
pub fn app(state: AppState) -> Router {
    let headers = [
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "same-origin"),
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; \
             font-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
        ),
        (HeaderName::from_static("permissions-policy"), "camera=(), microphone=(), geolocation=()"),
    ];
    let mut router = routes()
        .router
        .fallback(not_found)
        // Every route takes an ordinary form at most; uploads raise it for their own routes.
        .layer(DefaultBodyLimit::max(FORM_LIMIT))
        .layer(axum::middleware::from_fn_with_state(state.clone(), context::resolve));
    for (name, value) in headers {
        router = router.layer(SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value)));
    }
    router
        // htmx gets a fragment where a browser gets the page (`Ctx::htmx`): caches must keep them
        // apart, and apart from htmx's request for the whole page when it restores history.
        .layer(SetResponseHeaderLayer::appending(
            header::VARY,
            HeaderValue::from_static("HX-Request, HX-History-Restore-Request"),
        ))
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(
            // Log the path only: query strings can hold search terms such as pupils' names. The
            // context middleware records the signed-in user's id once it knows it.
            TraceLayer::new_for_http()
                .make_span_with(|req: &Request<_>| {
                    let id = req.extensions().get::<RequestId>().and_then(|id| id.header_value().to_str().ok());
                    tracing::info_span!(
                        "request",
                        request_id = %id.unwrap_or_default(),
                        method = %req.method(),
                        path = %req.uri().path(),
                        user_id = tracing::field::Empty,
                    )
                })
                .on_response(DefaultOnResponse::new().level(tracing::Level::INFO)),
        )
        // Outermost, so the span above and every response carry the id.
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
        .with_state(state)
}

async fn not_found() -> impl IntoResponse {
    error::Error::NotFound
}

async fn healthz(State(app): State<AppState>) -> impl IntoResponse {
    match app.db.ping().await {
        Ok(()) => (StatusCode::OK, "ok").into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
        }
    }
}

/// Serves until `shutdown` completes, then finishes the requests in flight.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, app(state).into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown)
        .await
}
