"""What stops a build rather than being a problem in content: MkDocs failing, a
configuration it cannot read, a file operation that failed (said in Swedish)."""

from __future__ import annotations

import errno


class BuildFailed(Exception):
    """A site could not be built (MkDocs stopped); the message is Swedish and names the
    site and, where MkDocs said, the file. The build then publishes nothing."""


class UnreadableConfig(Exception):
    """MkDocs cannot read the configuration (the message says why, in Swedish): the build
    refuses to start, as it does when the command finds that itself."""


OS_ERRORS = {  # what a failed file operation says, in Swedish
    errno.ENOENT: "filen eller mappen finns inte",
    errno.EEXIST: "det finns redan en fil eller mapp med det namnet",
    errno.EACCES: "behörighet saknas",
    errno.EPERM: "åtgärden är inte tillåten",
    errno.ENOSPC: "disken är full",
    errno.EROFS: "filsystemet är skrivskyddat",
    errno.EISDIR: "det är en mapp, inte en fil",
    errno.ENOTDIR: "en del av sökvägen är inte en mapp",
    errno.ELOOP: "symboliska länkar pekar på varandra i en slinga",
    # The command's own output never raises it (`cli.streams`): a pipe to a process of
    # its own broke.
    errno.EPIPE: "förbindelsen till en annan process bröts",
}


def os_reason(error: OSError) -> str:
    """Why a file operation failed, in Swedish where the error is a common one."""
    return OS_ERRORS.get(error.errno or 0, error.strerror or str(error))
