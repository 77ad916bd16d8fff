"""The kernel the reports run in: always this interpreter, talking over a private socket.

:class:`NativeKernelManager` launches ``sys.executable -m ipykernel_launcher``, whatever
kernelspecs a user has installed, so reports run in the project's environment.
"""

from __future__ import annotations

import os
import shutil
import tempfile

from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
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
