//! What a handler leaves of a request body is read and thrown away after its response. A server
//! that answers before the body is in (a form over the limit, a wrong CSRF token, a 404 before an
//! upload is read) and then closes the connection resets it while the client is still sending,
//! and the client sees a broken connection instead of our answer. Reading the rest lets the
//! client finish and read the answer; it costs bandwidth, never memory (nothing is kept), and
//! stops at [`DRAIN_LIMIT`] bytes or after [`DRAIN_TIME`].

use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::body::{Body, BodyDataStream, Bytes};
use axum::extract::Request;
use futures_util::{Stream, StreamExt};

use crate::web::routes::UPLOAD_LIMIT;

/// The most we read and discard of a body: an upload somewhat over its limit still gets its answer.
pub const DRAIN_LIMIT: usize = 2 * UPLOAD_LIMIT;

/// How long a client may take to send the rest.
pub const DRAIN_TIME: Duration = Duration::from_secs(30);

/// A request body that the middleware can still reach after the handler is done with it.
#[derive(Clone)]
pub struct Rest(Arc<Mutex<Option<BodyDataStream>>>);

/// Gives `req` a body that reads through a [`Rest`], and returns that rest.
pub fn track(req: Request) -> (Request, Rest) {
    let (parts, body) = req.into_parts();
    let rest = Rest(Arc::new(Mutex::new(Some(body.into_data_stream()))));
    (Request::from_parts(parts, Body::from_stream(rest.clone())), rest)
}

impl Rest {
    /// Reads what nobody read of the body, in the background, and discards it.
    pub fn discard(self) {
        let Some(mut body) = self.0.lock().unwrap_or_else(PoisonError::into_inner).take() else {
            return;
        };
        tokio::spawn(async move {
            let rest = async {
                let mut read = 0;
                while let Some(Ok(chunk)) = body.next().await {
                    read += chunk.len();
                    if read > DRAIN_LIMIT {
                        tracing::info!(read, "stopped reading an unread request body");
                        break;
                    }
                }
            };
            let _ = tokio::time::timeout(DRAIN_TIME, rest).await;
        });
    }
}

impl Stream for Rest {
    type Item = Result<Bytes, axum::Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        match self.0.lock().unwrap_or_else(PoisonError::into_inner).as_mut() {
            Some(body) => Pin::new(body).poll_next(cx),
            None => Poll::Ready(None),
        }
    }
}
