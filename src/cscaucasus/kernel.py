"""The kernel the reports run in: always this interpreter, talking over a private socket.

:class:`NativeKernelManager` launches ``sys.executable -m ipykernel_launcher``, whatever
kernelspecs a user has installed, so reports run in the project's environment.
"""

from __future__ import annotations

import importlib
import os
import shutil
import sys
import tempfile
import warnings
from typing import Any

from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import run_sync
from traitlets import default

KERNEL_NAME = "python3"


class NativeKernelSpecManager(KernelSpecManager):
    """Resolves ``python3`` to ipykernel's built-in spec: ``sys.executable`` of this process.

    jupyter_client would prefer a ``python3`` kernelspec found in the user's Jupyter
    data directory, which may point at another interpreter; reports must run in the
    project's environment, so that name never leaves this process's Python.
    """

    def get_kernel_spec(self, kernel_name: str) -> KernelSpec:
        if kernel_name == KERNEL_NAME:
            from ipykernel.kernelspec import RESOURCES, get_kernel_dict

            return KernelSpec(resource_dir=RESOURCES, **get_kernel_dict())
        return super().get_kernel_spec(kernel_name)


class NativeKernelManager(AsyncKernelManager):
    """The kernel manager papermill uses for reports (see :class:`NativeKernelSpecManager`).

    Kernel and client always share this machine, so they talk over Unix sockets (IPC),
    not loopback TCP: no port to race for, nothing on the network, and no "running over
    TCP without encryption" warning from ipykernel. The socket path is absolute, since
    kernel and client would resolve a relative one against different folders.
    """

    @default("kernel_spec_manager")
    def _kernel_spec_manager_default(self) -> KernelSpecManager:
        return NativeKernelSpecManager(data_dir=self.data_dir)

    @default("transport")
    def _transport_default(self) -> str:
        return "ipc"

    @default("ip")
    def _ip_default(self) -> str:
        return os.path.join(tempfile.mkdtemp(prefix="cscaucasus-kernel-"), "ipc")

    def cleanup_ipc_files(self) -> None:
        super().cleanup_ipc_files()
        if self.transport == "ipc":
            shutil.rmtree(os.path.dirname(self.ip), ignore_errors=True)

    async def _async_interrupt_kernel(self) -> None:
        """Interrupt the kernel, except while it is being shut down.

        jupyter_client sends SIGINT before every shutdown request; a kernel still busy
        with a message then prints "KeyboardInterrupt caught in kernel" amid the report
        progress. The shutdown request (then SIGTERM, then SIGKILL) stops it anyway.
        """
        if self.shutting_down:
            return
        await super()._async_interrupt_kernel()

    interrupt_kernel = _async_interrupt_kernel


# --- warm kernels: one kernel for a batch of notebooks ------------------------------------

#: nbclient gives a kernel it starts an in-memory history; a warm kernel gets the same.
KERNEL_ARGUMENTS = ["--HistoryManager.hist_file=:memory:"]
START_TIMEOUT = 60  # seconds for a kernel to answer after it is started
RESET_TIMEOUT = 60  # seconds for the reset between two notebooks


class WarmKernelManager(NativeKernelManager):
    """A :class:`NativeKernelManager` that remembers the clients it hands out.

    papermill passes a ``km`` given to ``execute_notebook`` through to nbclient, which
    then neither starts nor shuts down the kernel (it does not own it), but also leaves
    the client it opened for the notebook running; :meth:`close_clients` stops them.
    """

    def client(self, **kwargs: Any) -> Any:
        opened = super().client(**kwargs)
        self.__dict__.setdefault("_opened", []).append(opened)
        return opened

    def close_clients(self) -> None:
        for opened in self.__dict__.pop("_opened", []):
            opened.stop_channels()


class WarmKernel:
    """One kernel kept for several notebooks, in the state of a fresh one before each.

    :meth:`start` launches the kernel and has it import :data:`WARM_IMPORTS` without
    waiting; :meth:`fresh` waits for that the first time and otherwise runs
    :func:`fresh_state` in it, then returns the kernel manager, which is what
    ``papermill.execute_notebook(km=...)`` takes. A notebook that failed stops the
    kernel (a failed or timed-out cell may leave it busy or dead); the next
    :meth:`fresh` starts another. A kernel is used by one thread at a time. As a
    context manager, the kernel is shut down on leaving.
    """

    def __init__(self) -> None:
        self.km: WarmKernelManager | None = None
        self._control: Any = None  # a blocking client of our own, for the resets
        self._pending: str | None = None  # the warm-up request, not yet answered

    def start(self, cwd: str) -> None:
        """Launch the kernel in ``cwd``; it imports the libraries while we go on."""
        if self.km is not None:
            return
        km = WarmKernelManager(kernel_name=KERNEL_NAME)
        run_sync(km.start_kernel)(cwd=cwd, extra_arguments=list(KERNEL_ARGUMENTS))
        self.km = km
        try:
            self._control = km.blocking_client()
            self._control.start_channels(hb=False, stdin=False, control=False)
            self._pending = self._send(f"__import__('cscaucasus.kernel').kernel.warm_up({cwd!r})")
        except BaseException:
            self.shutdown()
            raise

    def fresh(self, cwd: str) -> WarmKernelManager:
        """The kernel manager, its kernel as a fresh one started in ``cwd`` would be."""
        if self.km is None:
            self.start(cwd)
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self._wait(pending, START_TIMEOUT)
        else:
            code = f"__import__('cscaucasus.kernel').kernel.fresh_state({cwd!r})"
            self._wait(self._send(code), RESET_TIMEOUT)
        assert self.km is not None
        return self.km

    def finished(self, failed: bool) -> None:
        """After a notebook: its client closed; the kernel stopped if the notebook failed."""
        if self.km is not None:
            self.km.close_clients()
            if failed:
                self.shutdown()

    def shutdown(self) -> None:
        if self.km is None:
            return
        km, self.km, self._pending = self.km, None, None
        if self._control is not None:
            self._control.stop_channels()
            self._control = None
        try:
            run_sync(km.shutdown_kernel)(now=True)
        except RuntimeError:  # "No kernel is running!": it died with its notebook
            run_sync(km.cleanup_resources)()

    def _send(self, code: str) -> str:
        """Ask the kernel to run ``code`` silently (no output, execution count or history)."""
        return self._control.execute(code, silent=True, store_history=False)

    def _wait(self, msg_id: str, timeout: float) -> None:
        while True:
            reply = self._control.get_shell_msg(timeout=timeout)
            if reply["parent_header"].get("msg_id") == msg_id:
                break
        content = reply["content"]
        if content["status"] != "ok":
            raise RuntimeError(
                f"preparing the kernel: {content.get('ename')}: {content.get('evalue')}"
            )

    def __enter__(self) -> WarmKernel:
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()


# What a fresh kernel has, recorded in a warm kernel just after it started.
_FRESH: dict[str, Any] = {}


#: Imported by a warm kernel as it starts, while the batch gets ready: what the report
#: notebooks import (importing is most of a fresh kernel's time before its first result).
WARM_IMPORTS = ("pandas", "matplotlib.pyplot", "cscaucasus.analysis", "cscaucasus.explore")


def warm_up(cwd: str) -> None:
    """In the kernel, as it starts: the libraries imported, then what :func:`fresh_state`
    restores remembered (with what the libraries set as they were imported, such as
    their warning filters, since importing them again in a notebook sets nothing)."""
    for name in WARM_IMPORTS:
        importlib.import_module(name)
    _FRESH.update(path=list(sys.path), environ=dict(os.environ), warnings=list(warnings.filters))
    os.chdir(cwd)


def fresh_state(cwd: str) -> None:
    """In the kernel, before the next notebook: the state a fresh kernel would have.

    The user's namespace, history and execution count (IPython's ``reset``), open
    figures and matplotlib's settings, pandas' options, warning filters and the
    warnings already shown (so that a warning shows again), the working directory,
    ``sys.path``, the environment and the random generators' seeds. What it cannot
    undo is a notebook changing a module's own globals (a monkeypatch, ``%config``);
    the reports' notebooks do not (tests/test_reports.py compares their outputs in a
    warm and in a fresh kernel).
    """
    import gc
    import random

    from IPython import get_ipython

    modules = sys.modules
    if "matplotlib.pyplot" in modules:
        modules["matplotlib.pyplot"].close("all")
    get_ipython().reset(new_session=True)
    for name in ("last_exc", "last_type", "last_value", "last_traceback"):
        if hasattr(sys, name):
            delattr(sys, name)
    if "matplotlib" in modules:
        modules["matplotlib"].rc_file_defaults()
    if "pandas" in modules:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            modules["pandas"].reset_option("all")
    warnings.resetwarnings()  # also forgets which warnings were shown
    warnings.filters[:] = _FRESH["warnings"]
    warnings.onceregistry.clear()
    os.chdir(cwd)
    sys.path[:] = _FRESH["path"]
    os.environ.clear()
    os.environ.update(_FRESH["environ"])
    random.seed()
    if "numpy" in modules:
        modules["numpy"].random.seed()
    gc.collect()
