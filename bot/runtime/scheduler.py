"""The reminder scheduler inside `klik serve` and `klik socket`: a daemon thread, one pass a minute."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from bot.remind_run import PassResult, Render, run_pass
from bot.reminders import ReminderSettings, local_time
from bot.store import Store, StoreError

INTERVAL_SECONDS = 60
log = logging.getLogger("klik.reminders")


class Scheduler:
    """Runs `run_pass` every `interval` seconds until stopped; an error is logged, never raised,
    so a Slack outage or a bad record cannot take the server down."""

    def __init__(self, *, store: Store, knowledge: Callable[[], Any], client, now: Callable[[], datetime],
                 settings: ReminderSettings, interval: float = INTERVAL_SECONDS,
                 render: Render | None = None, workspaces=None):
        self.store, self.knowledge, self.client, self.now = store, knowledge, client, now
        self.workspaces = workspaces  # bot.installations.Workspaces: each workspace on its own token
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
            result = self._pass(now)
        except StoreError as exc:  # a damaged file or a stuck lock: its one line says what to do
            log.error("påmindelsesrunden fejlede; prøver igen om %s sekunder: %s", self.interval, exc)
            return
        except Exception:
            log.exception("påmindelsesrunden fejlede; prøver igen om %s sekunder", self.interval)
            return
        finally:
            self.passes += 1
        self._report(result)

    def _pass(self, now: datetime) -> PassResult:
        """One pass: on the one token, or per installed workspace on its own (an uninstalled
        workspace has no installation, so it gets nothing), under the store's leader lock when it
        has one (several instances: one pass at a time)."""
        leader = getattr(getattr(self.store, "backend", None), "leader", None)
        with leader() if leader else contextlib.nullcontext(True) as mine:
            if not mine:
                return PassResult()
            if self.workspaces is None:
                return run_pass(now=now, store=self.store, kb=self.knowledge(), client=self.client,
                                settings=self.settings, render=self.render)
            from bot.installations import each_workspace

            kb = self.knowledge()
            return each_workspace(self.workspaces, lambda team, client: run_pass(
                now=now, store=self.store, kb=kb, client=client, settings=self.settings, render=self.render,
                teams=[team]))

    def _report(self, result: PassResult) -> None:
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
                    render: Render | None = None, interval: float = INTERVAL_SECONDS,
                    workspaces=None) -> Scheduler:
    """Start reminders. Reads the reminder settings first, so a wrong KLIK_REMINDER_* value stops
    the start with a clear message."""
    settings = ReminderSettings.from_env()
    log.info("påmindelser: hver %s. arbejdsdag fra kl. %s, kanal %s", settings.every_days,
             settings.at.strftime("%H.%M"), settings.channel or "(ingen; kun DM til ansvarlig/udfører)")
    return Scheduler(store=store, knowledge=knowledge, client=client, now=now, settings=settings,
                     interval=interval, render=render, workspaces=workspaces).start()
