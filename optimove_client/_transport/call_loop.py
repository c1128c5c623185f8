"""The call loop's two shells, sync and async: each does the I/O that the steps of a call ask for.

What a call does, attempt by attempt, is written once in _call_steps (a generator of steps, no I/O) and
what each answer means in _call_core; a shell only sends the requests, reads the bodies within the
attempt's deadline, waits for the budget and on the clock, and asks the Login session, blocking or
awaited.
"""

from __future__ import annotations

import contextlib
from typing import Any, cast

import httpx

from optimove_client._auth.session import AsyncSession, Session
from optimove_client._transport.call_core import LoopCore
from optimove_client._transport.call_state import Attempts, Decode, Done, Sent
from optimove_client._transport.call_steps import (
    BudgetSlot,
    CallSteps,
    Exchange,
    LoginAnswered,
    LoginRequest,
    Pause,
    Renewed,
    Renewing,
    RetryWait,
    SessionToken,
    Step,
    Steps,
    StoreTime,
    TokenUsed,
)
from optimove_client._transport.deadline import attempt_deadline, attempt_seconds, check_deadline
from optimove_client._transport.observer import NO_OBSERVER, CallWatch, Observer
from optimove_client._transport.ratelimit import AsyncBudget, Budget
from optimove_client._transport.waiting import await_out, wait_out


def read_into_buffer(response: httpx.Response) -> bytes:
    """The body read once into one growing buffer (httpx would join a large body's chunks into a copy),
    within the attempt's deadline."""
    buffer = bytearray()
    for chunk in response.iter_bytes():
        buffer += chunk
        check_deadline(response.request)
    return cast(bytes, buffer)  # msgspec and json read bytearrays as they read bytes


async def aread_into_buffer(response: httpx.Response) -> bytes:
    buffer = bytearray()
    async for chunk in response.aiter_bytes():
        buffer += chunk
        check_deadline(response.request)
    return cast(bytes, buffer)


# A client without a Login session never takes the renewal locks: one shared stack, always empty, spares a
# call the making of its own.
_NO_LOCKS, _NO_ASYNC_LOCKS = contextlib.ExitStack(), contextlib.AsyncExitStack()


def _next(steps: Steps[Done], watch: CallWatch, step: Step, answer: Any) -> Step:
    """The step after this one, sent its answer (which the watch sees first)."""
    watch.answered(step, answer)
    return steps.send(answer)


def _finished(stopped: StopIteration, watch: CallWatch) -> Done:
    """What the call's steps returned, told to the watch."""
    done = cast(Done, stopped.value)
    watch.done(done)
    return done


class SyncCallLoop:
    def __init__(
        self, http: httpx.Client, core: LoopCore, budget: Budget, session: Session | None = None
    ) -> None:
        self._http, self._core, self._budget, self._session = http, core, budget, session
        self._steps = CallSteps(core, login=session is not None, store=budget.store.url)
        self.observer: Observer = NO_OBSERVER  # optimove_client.otel.instrument() puts its own here

    def run(self, attempts: Attempts, request: httpx.Request, decode: Decode, *, buffered: bool) -> Done:
        """The result of the call and its budget wait; raises its error once the retry policy gives up."""
        steps = self._steps.run(attempts, request, decode, buffered=buffered)
        # The watch outlasts the Login's locks, let go of however the call ends (no locks without a session).
        renewal_locks = contextlib.ExitStack() if self._session is not None else _NO_LOCKS
        with self.observer.call(attempts, request) as watch, renewal_locks as renewing:
            try:
                step = next(steps)
                while True:
                    step = _next(steps, watch, step, self._do(step, renewing))
            except StopIteration as stopped:
                return _finished(stopped, watch)

    def _do(self, step: Step, renewing: contextlib.ExitStack) -> Any:
        """The answer to one step."""
        match step:
            case Exchange():
                return self._exchange(step)
            case BudgetSlot():
                return self._budget.wait(step.operation, exempt=step.exempt)
            case Pause():
                self._budget.pause(step.seconds)
            case RetryWait():
                wait_out(self._core.clock, step.operation, step.seconds, step.reason)
            case _:
                return self._session_step(step, renewing)
        return None

    def _session_step(self, step: Step, renewing: contextlib.ExitStack) -> Any:
        session = self._session
        assert session is not None  # these steps come only with a Login session
        match step:
            case SessionToken():
                return session.token()
            case StoreTime():
                return session.now()
            case TokenUsed():
                session.used(step.held, step.sent_at)
            case Renewing():
                return renewing.enter_context(session.renewing(step.renewal))
            case Renewed():
                renewing.close()
            case LoginRequest():
                return session.login_request(self._http, step.timeout)
            case LoginAnswered():
                return session.answered(step.plan, step.renewal, step.status, step.body)
        return None

    def _exchange(self, step: Exchange) -> Sent | httpx.TransportError:
        try:
            with attempt_deadline(attempt_seconds(step.timeout)):
                try:
                    response = self._http.send(step.request, stream=True)
                finally:
                    self._budget.answered(step.ticket)  # the server has counted the call by now, if ever
                try:
                    body = read_into_buffer(response) if step.buffered else response.read()
                finally:
                    response.close()
        except httpx.TransportError as broken:
            return broken
        return self._core.sent(response, body)


class AsyncCallLoop:
    def __init__(
        self,
        http: httpx.AsyncClient,
        core: LoopCore,
        budget: AsyncBudget,
        session: AsyncSession | None = None,
    ) -> None:
        self._http, self._core, self._budget, self._session = http, core, budget, session
        self._steps = CallSteps(core, login=session is not None, store=budget.store.url)
        self.observer: Observer = NO_OBSERVER

    async def run(
        self, attempts: Attempts, request: httpx.Request, decode: Decode, *, buffered: bool
    ) -> Done:
        steps = self._steps.run(attempts, request, decode, buffered=buffered)
        with self.observer.call(attempts, request) as watch:
            async with (
                contextlib.AsyncExitStack() if self._session is not None else _NO_ASYNC_LOCKS as renewing
            ):
                try:
                    step = next(steps)
                    while True:
                        step = _next(steps, watch, step, await self._do(step, renewing))
                except StopIteration as stopped:
                    return _finished(stopped, watch)

    async def _do(self, step: Step, renewing: contextlib.AsyncExitStack) -> Any:
        match step:
            case Exchange():
                return await self._exchange(step)
            case BudgetSlot():
                return await self._budget.wait(step.operation, exempt=step.exempt)
            case Pause():
                await self._budget.pause(step.seconds)
            case RetryWait():
                await await_out(self._core.clock, step.operation, step.seconds, step.reason)
            case _:
                return await self._session_step(step, renewing)
        return None

    async def _session_step(self, step: Step, renewing: contextlib.AsyncExitStack) -> Any:
        session = self._session
        assert session is not None
        match step:
            case SessionToken():
                return await session.token()
            case StoreTime():
                return await session.now()
            case TokenUsed():
                await session.used(step.held, step.sent_at)
            case Renewing():
                return await renewing.enter_async_context(session.renewing(step.renewal))
            case Renewed():
                await renewing.aclose()
            case LoginRequest():
                return session.login_request(self._http, step.timeout)
            case LoginAnswered():
                return await session.answered(step.plan, step.renewal, step.status, step.body)
        return None

    async def _exchange(self, step: Exchange) -> Sent | httpx.TransportError:
        try:
            with attempt_deadline(attempt_seconds(step.timeout)):
                try:
                    response = await self._http.send(step.request, stream=True)
                finally:
                    await self._budget.answered(step.ticket)
                try:
                    body = await aread_into_buffer(response) if step.buffered else await response.aread()
                finally:
                    await response.aclose()
        except httpx.TransportError as broken:
            return broken
        return self._core.sent(response, body)
