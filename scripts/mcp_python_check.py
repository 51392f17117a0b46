#!/usr/bin/env python3
"""Check `dossier mcp` with the official Python MCP client (PyPI `mcp`, checked with 2.3.0).

    python3 -m venv /tmp/mcp-venv && /tmp/mcp-venv/bin/pip install mcp==2.3.0
    /tmp/mcp-venv/bin/python scripts/mcp_python_check.py [-- .build/debug/dossier mcp]

Runs, in one session: the handshake, tools/list, ask (answered with a citation, and
unknown), ask with a 1 MiB question and without `question` (tool errors), ask again
(the session goes on), timeline (a 1945 event), resources/list and resources/read.
Prints what each step returned and exits 1 when any expectation fails. `make test`
does not run it: the tests drive the server with the Swift SDK's own client instead.
"""

from __future__ import annotations

import json
import sys
import tempfile

import anyio
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

failures: list[str] = []


def expect(condition: bool, what: str) -> None:
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def text_of(result) -> str:
    return "".join(getattr(block, "text", "") for block in result.content if block.type == "text")


async def run(command: list[str]) -> None:
    with tempfile.TemporaryDirectory() as home:
        env = {"XDG_DATA_HOME": home, "XDG_STATE_HOME": home, "HOME": home, "PATH": "/usr/bin:/bin"}
        params = StdioServerParameters(command=command[0], args=command[1:], env=env)
        with anyio.fail_after(120):
            async with stdio_client(params, errlog=sys.stderr) as (read, write):
                async with ClientSession(read, write) as session:
                    init = await session.initialize()
                    expect(init.server_info.name == "dossier", f"server {init.server_info.name} {init.server_info.version}, protocol {init.protocol_version}")

                    tools = await session.list_tools()
                    names = sorted(t.name for t in tools.tools)
                    expect(names == ["ask", "search", "sources", "timeline"], f"tools {names}")
                    expect(all(t.output_schema for t in tools.tools), "every tool has an output schema")

                    ask = await session.call_tool("ask", {"question": "when did Russia open its embassy?"})
                    record = ask.structured_content or {}
                    expect(not ask.is_error and "2007" in (record.get("answer") or ""), f"ask: {record.get('answer')!r}")
                    cite = (record.get("citations") or [{}])[0]
                    expect(bool(cite.get("source")), f"  cited: {cite.get('title')}, {cite.get('locator')}")

                    unknown = await session.call_tool("ask", {"question": "What is the population of Guatemala?"})
                    expect((unknown.structured_content or {}).get("status") == "unknown", f"unknown: {text_of(unknown).splitlines()[0]!r}")

                    huge = await session.call_tool("ask", {"question": "x" * (1 << 20)})
                    expect(bool(huge.is_error), f"1 MiB question: isError={huge.is_error}: {text_of(huge)[:90]!r}")
                    missing = await session.call_tool("ask", {})
                    expect(bool(missing.is_error), f"no question: isError={missing.is_error}: {text_of(missing)!r}")
                    again = await session.call_tool("ask", {"question": "when did Russia open its embassy?"})
                    expect((again.structured_content or {}).get("status") == "answered", "the session still answers")

                    timeline = await session.call_tool("timeline", {"entity": "Russia", "to": "1950"})
                    events = (timeline.structured_content or {}).get("events") or []
                    e1945 = [e for e in events if e["time"].startswith("1945")]
                    expect(bool(e1945), f"timeline: {len(events)} events, 1945: {e1945[0]['statement'][:60] if e1945 else None!r}")

                    resources = await session.list_resources()
                    uris = sorted(str(r.uri) for r in resources.resources)
                    expect(len(uris) == 4 and all(u.startswith("dossier://source/") for u in uris), f"resources {uris}")
                    read = await session.read_resource(uris[0])
                    expect(bool(read.contents) and json.loads(read.contents[0].text).get("id"), f"read {uris[0]}: {read.contents[0].text[:80]}")


def main() -> int:
    args = sys.argv[1:]
    if args[:1] == ["--"]:
        args = args[1:]
    command = args or [".build/debug/dossier", "mcp"]
    anyio.run(run, command)
    print(f"{len(failures)} failed" if failures else "all passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
