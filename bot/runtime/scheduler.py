"""The reminder scheduler inside `klik serve` and `klik socket`: a daemon thread, one pass a minute."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from bot.remind_run import Render, run_pass
from bot.reminders import ReminderSettings, local_time
from bot.store import Store

INTERVAL_SECONDS = 60
log = logging.getLogger("klik.reminders")


class Scheduler:
    """Runs `run_pass` every `interval` seconds until stopped; an error is logged, never raised,
    so a Slack outage or a bad record cannot take the server down."""

    def __init__(self, *, store: Store, knowledge: Callable[[], Any], client, now: Callable[[], datetime],
                 settings: ReminderSettings, interval: float = INTERVAL_SECONDS,
                 render: Render | None = None):
        self.store, self.knowledge, self.client, self.now = store, knowledge, client, now
        self.render = render
        self.settings, self.interval = settings, interval
        self.passes = 0
        self._stop = threading.Event()
        self._reported: set[str] = set()  # undeliverable reminders already logged today
        self._day: date | None = None
        self._thread = threading.Thread(target=self._loop, name="klik-reminders", daemon=True)

    def start(self) -> Scheduler:
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def run_once(self) -> None:
        now = local_time(self.now())
        if now.date() != self._day:
            self._day, self._reported = now.date(), set()
        try:
            result = run_pass(now=now, store=self.store, kb=self.knowledge(), client=self.client,
                              settings=self.settings, render=self.render)
        except Exception:
            log.exception("påmindelsesrunden fejlede; prøver igen om %s sekunder", self.interval)
            return
        finally:
            self.passes += 1
        for reminder in result.sent:
            log.info("påmindelse sendt: %s", reminder.key)
        for reminder in result.undeliverable:
            if reminder.key not in self._reported:
                self._reported.add(reminder.key)
                log.warning("påmindelse om %s har ingen modtager: sæt en ansvarlig eller "
                            "KLIK_REMINDER_CHANNEL", reminder.task)

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.run_once()
            self._stop.wait(self.interval)


def start_scheduler(*, store: Store, knowledge: Callable[[], Any], client, now: Callable[[], datetime],
                    render: Render | None = None, interval: float = INTERVAL_SECONDS) -> Scheduler:
    """Start reminders. Reads the reminder settings first, so a wrong KLIK_REMINDER_* value stops
    the start with a clear message."""
    settings = ReminderSettings.from_env()
    log.info("påmindelser: hver %s. arbejdsdag fra kl. %s, kanal %s", settings.every_days,
             settings.at.strftime("%H.%M"), settings.channel or "(ingen; kun DM til ansvarlig/udfører)")
    return Scheduler(store=store, knowledge=knowledge, client=client, now=now, settings=settings,
                     interval=interval, render=render).start()
