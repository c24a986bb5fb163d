"""Refuse to connect to private, loopback, link-local and other non-public addresses.

A fetcher that follows links from feeds and redirects must not be steered at the
machine it runs on or its network (cloud metadata at ``169.254.169.254``, admin pages
on ``127.0.0.1``, intranet hosts). Every hop's host is resolved with
:func:`socket.getaddrinfo` and refused if **any** address it resolves to is not
globally routable.

The check and the connection resolve the name separately, so a hostile DNS server
could answer differently the second time (DNS rebinding); pinning the checked address
in the transport would close that gap.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
from dataclasses import dataclass
from typing import Literal

__all__ = ["Refusal", "check_host", "is_forbidden_address"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class Refusal:
    """Why a host may not be contacted."""

    reason: Literal["private_address", "dns"]
    message: str


def is_forbidden_address(address: str) -> bool:
    """Whether an IP address is private, loopback, link-local or otherwise not public.

    IPv4-mapped IPv6 addresses are judged by their IPv4 address; multicast, reserved,
    shared (``100.64.0.0/10``) and documentation ranges are refused as well.
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


async def check_host(host: str, port: int) -> Refusal | None:
    """Resolve ``host`` and return why it is refused, or ``None`` if it is public."""
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as e:
        return Refusal(reason="dns", message=f"cannot resolve {host}: {e}")
    addresses = sorted({str(info[4][0]) for info in infos})
    if not addresses:
        return Refusal(reason="dns", message=f"{host} resolves to no address")
    forbidden = [a for a in addresses if is_forbidden_address(a)]
    if forbidden:
        logger.info("refusing %s: resolves to %s", host, ", ".join(forbidden))
        return Refusal(
            reason="private_address",
            message=f"{host} resolves to a non-public address ({', '.join(forbidden)})",
        )
    return None
