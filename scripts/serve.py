#!/usr/bin/env python3
"""Serves the repository root (or --root) as a clinic's web host would: the right types, CORS,
brotli or gzip when the browser asks for it, and no caching while developing."""

import argparse
import gzip
import http.server
import os
import socket
import sys
import urllib.parse

COMPRESSIBLE = {".html", ".js", ".mjs", ".css", ".wasm", ".svg", ".json", ".txt", ".md",
                ".webmanifest"}


def accepted(header):
    """The quality an Accept-Encoding header gives each content coding it names (`*` for the
    others); a coding with none is refused, as is one at q=0 (`br;q=0`)."""
    qualities = {}
    for part in header.split(","):
        name, _, params = part.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if name.strip():
            qualities[name.strip().lower()] = quality
    return qualities


def quality(qualities, coding):
    return qualities.get(coding, qualities.get("*", 0.0))


def fresh(path, copy):
    """Whether `copy` (a .br or .gz beside `path`) was made from the file as it is now: one
    older than its file (a source edited since the last build) is never served."""
    try:
        return os.path.getmtime(copy) >= os.path.getmtime(path)
    except OSError:
        return False


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".webmanifest": "application/manifest+json",
    }

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        # Any origin may read these files: they are public static assets, fetched without
        # credentials (no cookies, no login here), and no health data is ever on the server:
        # the widget keeps what a person enters in their browser. That is what lets a page on
        # another origin (a clinic's site, a CDN test) load the loader, glue and wasm.
        if self.server.cors:
            self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()

    def do_OPTIONS(self):
        """A CORS preflight (a cross-origin fetch with custom headers asks first)."""
        self.send_response(204)
        if self.server.cors:
            self.send_header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
            requested = self.headers.get("Access-Control-Request-Headers")
            if requested:
                self.send_header("Access-Control-Allow-Headers", requested)
            self.send_header("Access-Control-Max-Age", "600")
        self.send_header("Allow", "GET, HEAD, OPTIONS")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def send_head(self):
        # With CORS for every origin (and HOST=0.0.0.0, for the network), any page the developer
        # has open could read what is served: never the hidden folders (.git, .ci, a local .env)
        # or the build's caches (target/), which no page needs.
        segments = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path).split("/")
        if any(segment.startswith(".") for segment in segments) or segments[1:2] == ["target"]:
            self.send_error(404)
            return None
        path = self.translate_path(self.path)
        # A folder's index.html is the page a host sends for "/", with its copies like any file.
        if os.path.isdir(path) and urllib.parse.urlsplit(self.path).path.endswith("/"):
            path = os.path.join(path, "index.html")
        if not (os.path.isfile(path) and os.path.splitext(path)[1] in COMPRESSIBLE):
            return super().send_head()
        qualities = accepted(self.headers.get("Accept-Encoding", ""))
        # The build (scripts/compress.mjs) and the release write file.br and file.gz beside each
        # file at maximum compression, as hosts with brotli_static / gzip_static serve them;
        # without a .gz, gzip is made on the fly. The coding the browser rates highest wins,
        # brotli on a tie (the smaller); none it did not ask for.
        offers = [(quality(qualities, coding), preference, coding, suffix)
                  for preference, coding, suffix in ((1, "br", ".br"), (0, "gzip", ".gz"))]
        for rated, _, coding, suffix in sorted(offers, reverse=True):
            if rated <= 0:
                continue
            if fresh(path, path + suffix):
                with open(path + suffix, "rb") as source:
                    return self._send(path, source.read(), coding)
            if coding == "gzip":
                with open(path, "rb") as source:
                    return self._send(path, gzip.compress(source.read(), compresslevel=9), coding)
        with open(path, "rb") as source:
            return self._send(path, source.read(), None)

    def _send(self, path, body, coding):
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        if coding:
            self.send_header("Content-Encoding", coding)
        self.send_header("Content-Length", str(len(body)))
        # A cache between here and the browser must not give brotli to one that asked for none.
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return _Body(body)

    def log_message(self, format, *args):
        if not self.server.quiet:
            super().log_message(format, *args)


class _Body:
    """A file-like body for SimpleHTTPRequestHandler.copyfile."""

    def __init__(self, data):
        self.data = data

    def read(self, size=-1):
        data, self.data = self.data, b""
        return data

    def close(self):
        pass


class Server(http.server.ThreadingHTTPServer):
    def __init__(self, host, port, cors, quiet):
        if ":" in host:
            self.address_family = socket.AF_INET6
        self.cors = cors
        self.quiet = quiet
        super().__init__((host, port), Handler)


def lan_addresses():
    """This machine's IPv4 addresses that a phone on the same network could reach. Connecting
    a UDP socket sends nothing; it only asks the system which address it would send from."""
    found = []
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed anywhere
        found.append(probe.getsockname()[0])
    except OSError:
        pass
    finally:
        probe.close()
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.append(info[4][0])
    except OSError:
        pass
    return [a for a in dict.fromkeys(found) if not a.startswith("127.") and a != "0.0.0.0"]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on; 0.0.0.0 lets a phone on the network in")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--root", help="folder to serve (default: the repository root)")
    parser.add_argument("--no-cors", dest="cors", action="store_false",
                        help="send no Access-Control-Allow-Origin (as a host that forgot it)")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    os.chdir(args.root or os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    server = Server(args.host, args.port, args.cors, args.quiet)
    port = server.server_address[1]
    everywhere = args.host in ("0.0.0.0", "::")
    local = "127.0.0.1" if everywhere or args.host == "localhost" else args.host
    local = f"[{local}]" if ":" in local else local
    print(f"painmap is served on http://{local}:{port}/", flush=True)
    if everywhere:
        for address in lan_addresses():
            print(f"  on a phone on the same network: http://{address}:{port}/", flush=True)
        print("  Anyone on this network can open it while it runs.", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
