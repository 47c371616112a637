"""An analyst follows news sites: feeds and article pages read from a real HTTP server on loopback
(tests/webserver.py), Telegram channel exports, polling rounds and saved sources, through the
command line (click's CliRunner), a real SQLite store and the real extraction on the small gazetteer.
Every article text here was written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from cli import main
from incidents.storage import Store
from tests.webserver import NewsSite, Reply, article_page

# headlines of other stories: read as the article, they would become incidents in Nikopol and Bakhmut
SIDEBAR = ["Shelling of Nikopol kills three", "Missile attack on Bakhmut wounds four civilians"]
NOT_IN_ARTICLES = {"Nikopol", "Bakhmut", "Kherson", "Kharkiv"}  # named only in sidebars, menus and banners

SUMY = article_page("Drone hits apartment block", "2025-06-03", [
    "A Russian drone struck an apartment block in Sumy overnight, killing two residents and injuring five "
    "others, the regional administration said.",
    "Firefighters put out the blaze by morning and residents of the damaged flats were moved to a school."],
    SIDEBAR)
IZYUM = article_page("Market shelled", "2025-06-05", [
    "Russian shelling hit a market in Izyum on Wednesday afternoon. Three civilians were killed and seven "
    "wounded, local officials reported.",
    "Traders had reopened the market only a month earlier after repairs."], SIDEBAR)
MYKOLAYIV = article_page("Port struck", "2025-06-06", [
    "A Russian missile hit the port of Mykolayiv on Thursday, injuring four dock workers, the governor said.",
    "Cranes and a grain warehouse were damaged in the attack."], SIDEBAR)
KYIV = article_page("Night attack on the capital", "2025-06-07", [
    "Russian drones attacked Kyiv overnight and debris fell on a house, killing one woman, city officials said.",
    "Air defence units were active over the capital for several hours."], SIDEBAR)

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Frontline Daily</title><link>{base}/</link><description>News</description>
<item><title>Drone hits apartment block</title><link>{base}/news/sumy.html</link><guid>sumy-1</guid>
  <pubDate>Wed, 04 Jun 2025 06:00:00 GMT</pubDate><description>A drone hit a block of flats.</description></item>
<item><title>Market shelled</title><link>{base}/news/izyum.html</link><guid>izyum-1</guid>
  <pubDate>Thu, 05 Jun 2025 16:00:00 GMT</pubDate><description>Shelling of a market.</description></item>
<item><title>Man killed by artillery</title><link>{base}/private/pokrovsk.html</link><guid>pokrovsk-1</guid>
  <pubDate>Tue, 03 Jun 2025 09:00:00 GMT</pubDate>
  <description>&lt;p&gt;Artillery fire killed one man in Pokrovsk on Monday, the city administration
  said.&lt;/p&gt;</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Regional desk</title><id>urn:desk</id>
<updated>2025-06-07T08:00:00Z</updated>
<entry><title>Port struck</title><id>urn:desk:port</id><link href="{base}/news/mykolayiv.html"/>
  <updated>2025-06-06T10:00:00Z</updated><summary>Missile hits the port.</summary></entry>
<entry><title>Night attack</title><id>urn:desk:kyiv</id><link href="{base}/news/kyiv.html"/>
  <updated>2025-06-07T08:00:00Z</updated><summary>Drones over the capital.</summary></entry>
</feed>"""

ROBOTS = b"User-agent: *\nDisallow: /private/\n"


@pytest.fixture
def site():
    with NewsSite() as s:
        base = s.url("")
        s.routes.update({
            "/robots.txt": Reply(ROBOTS, "text/plain"),
            "/feed.rss": Reply(RSS.format(base=base).encode(), "application/rss+xml"),
            "/feed.atom": Reply(ATOM.format(base=base).encode(), "application/atom+xml", etag='"atom-v1"'),
            "/news/sumy.html": Reply(SUMY),
            "/news/izyum.html": Reply(IZYUM),
            "/news/mykolayiv.html": Reply(MYKOLAYIV),
            "/news/kyiv.html": Reply(KYIV),
            "/private/pokrovsk.html": Reply(article_page("Secret", "2025-06-03", ["Nothing to see."], [])),
        })
        yield s


def ingest(db: Path, index: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["ingest", *args, "--db", str(db), "--index", str(index), "--quiet",
                                     "--per-host-delay", "0", "--timeout", "0.5", "--retries", "0"])


def incidents(db: Path) -> dict[str, dict]:
    store = Store(db)
    try:
        return {r["location"]: r for r in store.rows("SELECT * FROM incidents")}
    finally:
        store.close()


def test_a_feed_s_articles_become_incidents_and_their_boilerplate_does_not(site, tmp_path, mini_index):
    db = tmp_path / "s.sqlite"
    result = ingest(db, mini_index, site.url("/feed.rss"))
    assert result.exit_code == 0, result.output
    rows = incidents(db)
    assert set(rows) == {"Sumy", "Izyum", "Pokrovsk"}
    assert not NOT_IN_ARTICLES & set(rows)  # menus, the cookie banner and "read more" were not read
    sumy = rows["Sumy"]
    assert (sumy["fatalities"], sumy["injured"]) == (2, 5)
    assert sumy["source_url"] == site.url("/news/sumy.html")
    assert sumy["published"] == "2025-06-03"  # the article's own date, not the feed's (June 4)
    assert sumy["source"] == "Frontline Daily"
    assert (rows["Izyum"]["fatalities"], rows["Izyum"]["injured"], rows["Izyum"]["event_date"]) == (3, 7, "2025-06-04")
    # robots.txt forbids /private/: the page is never asked for, the entry's summary is read instead
    assert site.hits["/private/pokrovsk.html"] == 0
    pokrovsk = rows["Pokrovsk"]
    assert pokrovsk["published"] == "2025-06-03" and pokrovsk["fatalities"] == 1
    assert pokrovsk["source_url"] == site.url("/private/pokrovsk.html")
    assert "disallowed by robots.txt" in result.stderr and "summary" in result.stderr
    assert all(agent.startswith("incident-map/") for agent in site.agents)
    assert site.hits["/robots.txt"] == 1

    # a second run asks for the feed once, fetches no article and adds nothing
    articles_before = site.article_hits()
    again = ingest(db, mini_index, site.url("/feed.rss"))
    assert again.exit_code == 0, again.output
    assert site.article_hits() == articles_before == 2
    assert site.hits["/feed.rss"] == 2
    assert incidents(db) == rows
    assert "3 documents read (3 seen before), 0 incidents" in again.stdout


def test_an_atom_feed_with_an_etag_costs_one_304_the_second_time(site, tmp_path, mini_index):
    db = tmp_path / "s.sqlite"
    assert ingest(db, mini_index, site.url("/feed.atom")).exit_code == 0
    rows = incidents(db)
    assert set(rows) == {"Mykolayiv", "Kyiv"}
    assert rows["Kyiv"]["source_url"] == site.url("/news/kyiv.html") and rows["Kyiv"]["published"] == "2025-06-07"
    again = ingest(db, mini_index, site.url("/feed.atom"))
    assert again.exit_code == 0
    assert site.conditional == ["/feed.atom"]  # asked with If-None-Match, answered 304
    assert site.article_hits() == 2
    store = Store(db)
    (source,) = [s for s in store.rows("SELECT * FROM live_sources")]
    assert (source["kind"], source["last_status"], source["etag"]) == ("feed", "not modified", '"atom-v1"')


def test_broken_sources_are_one_line_each_and_the_rest_is_stored(site, tmp_path, mini_index):
    site.routes.update({
        "/broken.xml": Reply(b"<?xml version='1.0'?><rss version='2.0'><channel><title>x</title><item>"
                             b"<title>unclosed</item></channel>", "application/rss+xml"),
        "/down.xml": Reply(b"server trouble", "text/plain", status=500),
        "/slow.html": Reply(KYIV, delay=2.0),
        "/report.pdf": Reply(b"%PDF-1.7 binary", "application/pdf"),
        "/loop.html": Reply(b"", status=302, headers=(("Location", "/loop.html"),)),
        "/huge.html": Reply(b"<p>" + b"x" * 6_000_000 + b"</p>"),
        "/empty.html": Reply(b"<html><body><nav>Home</nav></body></html>"),
        "/html-feed.xml": Reply(b"<!doctype html><html><body><p>Moved</p></body></html>", "application/rss+xml"),
    })
    bad = ["/broken.xml", "/down.xml", "/slow.html", "/report.pdf", "/loop.html", "/huge.html", "/empty.html",
           "/missing.html", "/html-feed.xml"]
    result = ingest(tmp_path / "s.sqlite", mini_index, *[site.url(p) for p in bad], site.url("/news/sumy.html"))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("skipped: ")]
    assert len(lines) == len(bad)
    for path, line in zip(bad, lines, strict=True):
        assert site.url(path) in line
    joined = "\n".join(lines)
    for words in ("malformed feed", "HTTP 500", "timed out", "not an HTML page (application/pdf)", "redirect",
                  "larger than 5 MB", "no article text", "HTTP 404", "not an RSS or Atom feed"):
        assert words in joined, words
    assert set(incidents(tmp_path / "s.sqlite")) == {"Sumy"}
    assert "1 documents read (0 seen before)" in result.stdout and "9 of 10 sources failed" in result.stdout


def test_an_entry_without_a_usable_date_is_one_line(site, tmp_path, mini_index):
    undated = b"<html><body><article><p>" + (
        b"Russian shelling hit a market in Izyum, killing three civilians, officials said. " * 3) + \
        b"</p></article></body></html>"
    site.routes["/news/undated.html"] = Reply(undated)
    site.routes["/dates.rss"] = Reply(f"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>a</title><link>{site.url('/news/undated.html')}</link><pubDate>the day after tomorrow</pubDate></item>
<item><title>b</title><link>{site.url('/news/sumy.html')}</link><pubDate>not a date either</pubDate></item>
</channel></rss>""".encode(), "application/rss+xml")
    result = ingest(tmp_path / "s.sqlite", mini_index, site.url("/dates.rss"))
    assert result.exit_code == 1
    (line,) = [ln for ln in result.stderr.splitlines() if ln.startswith("skipped:")]
    assert "undated.html" in line and "published" in line and "the day after tomorrow" in line
    assert set(incidents(tmp_path / "s.sqlite")) == {"Sumy"}  # the article's own date is enough
    (source,) = Store(tmp_path / "s.sqlite").rows("SELECT * FROM live_sources")
    assert source["last_status"] == "partly read" and "undated.html" in source["last_error"]
    assert source["new_items"] == 1


def telegram_export(path: Path, messages: list[dict], **top) -> Path:
    export = {"name": "Frontline test channel", "type": "public_channel", "id": 1700000001, **top,
              "messages": messages}
    path.write_text(json.dumps(export, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def test_a_telegram_channel_export_ingests_like_a_feed(tmp_path, mini_index):
    export = telegram_export(tmp_path / "result.json", [
        {"id": 10, "type": "service", "date": "2025-06-01T08:00:00", "action": "create_channel"},
        {"id": 11, "type": "message", "date": "2025-06-02T09:15:00",
         "text": "Russian troops shelled Novoselivka in the Kharkiv region this morning; two people were wounded."},
        {"id": 12, "type": "message", "date": "2025-06-03T22:40:00", "text": [
            {"type": "bold", "text": "Update:"}, " a Russian drone struck an apartment block in ",
            {"type": "hashtag", "text": "Sumy"}, " overnight, killing two residents and injuring five others."]},
        {"id": 13, "type": "message", "date": "2025-06-04T10:00:00", "text": "", "photo": "photos/1.jpg"},
        {"id": 14, "type": "message", "text": "Artillery fire killed one man in Pokrovsk."},
    ])
    result = ingest(tmp_path / "s.sqlite", mini_index, str(export), "--channel", "frontline_test")
    assert result.exit_code == 1  # message 14 has no date
    (line,) = [ln for ln in result.stderr.splitlines() if ln.startswith("skipped:")]
    assert "result.json: message 5 (id 14): date: missing" in line
    rows = incidents(tmp_path / "s.sqlite")
    assert set(rows) == {"Novoselivka", "Sumy"}
    assert rows["Sumy"]["source_url"] == "https://t.me/frontline_test/12" and rows["Sumy"]["published"] == "2025-06-03"
    assert rows["Novoselivka"]["source_url"] == "https://t.me/frontline_test/11"
    again = ingest(tmp_path / "s.sqlite", mini_index, str(export), "--channel", "frontline_test")
    assert "2 documents read (2 seen before), 0 incidents" in again.stdout
    # without --channel the export's own username (when it has one) names the links
    other = telegram_export(tmp_path / "other.json", [
        {"id": 7, "date": "2025-06-09T10:00:00", "text": "Russian shelling hit a market in Izyum, killing three."}],
        username="izyum_news")
    assert ingest(tmp_path / "t.sqlite", mini_index, str(other)).exit_code == 0
    assert incidents(tmp_path / "t.sqlite")["Izyum"]["source_url"] == "https://t.me/izyum_news/7"


def test_a_broken_telegram_export_is_one_line(tmp_path, mini_index):
    (tmp_path / "cut.json").write_text('{\n "name": "x",\n "messages": [\n  {"id": 1,', encoding="utf-8")
    (tmp_path / "chat.json").write_text('{\n "name": "x"\n}\n', encoding="utf-8")
    result = ingest(tmp_path / "s.sqlite", mini_index, str(tmp_path / "cut.json"), str(tmp_path / "chat.json"))
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("skipped:")]
    assert len(lines) == 2
    assert "cut.json: broken JSON" in lines[0] and "chat.json: messages: missing" in lines[1]


def test_following_sources_runs_rounds_and_survives_a_failing_one(site, tmp_path, mini_index):
    site.routes["/down.xml"] = Reply(b"no", "text/plain", status=503)
    db = tmp_path / "s.sqlite"
    result = ingest(db, mini_index, site.url("/feed.atom"), site.url("/down.xml"), "--every", "0.1s",
                    "--rounds", "2")
    assert result.exit_code == 1  # the last round had a failing source
    rounds = [ln for ln in result.stdout.splitlines() if ln.startswith("round ")]
    assert len(rounds) == 2
    assert "2 sources, 1 failed; 2 new documents" in rounds[0]
    assert "2 sources, 1 failed; 0 new documents" in rounds[1]
    assert site.hits["/down.xml"] == 2 and site.article_hits() == 2
    assert set(incidents(db)) == {"Mykolayiv", "Kyiv"}


def test_saved_sources_are_listed_followed_and_removed(site, tmp_path, mini_index):
    db = tmp_path / "s.sqlite"
    runner = CliRunner()

    added = runner.invoke(main, ["sources", "--db", str(db), "add", site.url("/feed.rss"), site.url("/feed.atom")])
    assert added.exit_code == 0 and added.output.count("added: ") == 2
    assert "already saved" in runner.invoke(main, ["sources", "--db", str(db), "add", site.url("/feed.rss")]).output
    bad = runner.invoke(main, ["sources", "--db", str(db), "add", "feed.rss"])
    assert bad.exit_code == 2 and "not an http(s) URL" in bad.output
    listed = runner.invoke(main, ["sources", "--db", str(db)])
    assert listed.exit_code == 0 and "last poll never" in listed.output and listed.output.count("\n") == 2

    result = ingest(db, mini_index, "--saved")
    assert result.exit_code == 0, result.output
    assert set(incidents(db)) == {"Sumy", "Izyum", "Pokrovsk", "Mykolayiv", "Kyiv"}
    listed = runner.invoke(main, ["sources", "--db", str(db), "list"])
    assert "3 new" in listed.output and "2 new" in listed.output and "last poll never" not in listed.output

    removed = runner.invoke(main, ["sources", "remove", site.url("/feed.rss"), "--db", str(db)])  # either place
    assert removed.exit_code == 0 and "removed" in removed.output
    gone = runner.invoke(main, ["sources", "--db", str(db), "remove", site.url("/feed.rss")])
    assert gone.exit_code == 1 and "no such source" in gone.stderr
    assert site.url("/feed.rss") not in runner.invoke(main, ["sources", "--db", str(db)]).output
    assert len(incidents(db)) == 5  # the incidents stay


def test_ingest_without_sources_or_with_a_bad_interval_is_a_usage_error(tmp_path, mini_index):
    assert CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "s.sqlite")]).exit_code == 2
    bad = ingest(tmp_path / "s.sqlite", mini_index, "http://127.0.0.1:9/x", "--every", "soon")
    assert bad.exit_code == 2 and "--every" in bad.output


def test_a_saved_feed_that_turns_into_a_page_fails_on_one_line(site, tmp_path, mini_index):
    db = tmp_path / "s.sqlite"
    assert ingest(db, mini_index, site.url("/feed.atom")).exit_code == 0
    site.routes["/feed.atom"] = Reply(MYKOLAYIV)  # the site replaced its feed by a page
    result = ingest(db, mini_index, site.url("/feed.atom"))
    assert result.exit_code == 1
    (line,) = [ln for ln in result.stderr.splitlines() if ln.startswith("skipped:")]
    assert site.url("/feed.atom") in line and "not an RSS or Atom feed any more (text/html)" in line


@pytest.mark.server
def test_following_runs_as_a_process_until_interrupted(site, tmp_path, mini_index):
    """`ingest --every` as the analyst runs it: rounds until Ctrl-C, which stops it cleanly."""
    import os
    import signal
    import subprocess
    import sys

    db = tmp_path / "s.sqlite"
    proc = subprocess.Popen([sys.executable, "-m", "cli", "ingest", site.url("/feed.atom"), "--every", "0.3s",
                             "--db", str(db), "--index", str(mini_index), "--per-host-delay", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy())
    try:
        rounds = []
        while len(rounds) < 2:
            line = proc.stdout.readline()
            assert line, proc.stderr.read()
            if line.startswith("round "):
                rounds.append(line)
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "stopped" in err and "Traceback" not in err
    assert "2 new documents" in rounds[0] and "0 new documents" in rounds[1]
    assert site.article_hits() == 2
    assert set(incidents(db)) == {"Mykolayiv", "Kyiv"}


def test_a_feed_on_the_real_gazetteer(site, tmp_path, gaz):
    """The same feed resolved with the real GeoNames index: the places are the real cities."""
    from incidents.fetch.http import polite_client
    from incidents.fetch.live import read_sources

    store = Store(tmp_path / "s.sqlite")
    report = read_sources([site.url("/feed.rss"), site.url("/feed.atom")], store, gaz,
                          polite_client(interval=0, timeout=2, retries=0))
    assert not report.errors, report.errors
    rows = {r["location"]: r for r in store.rows("SELECT * FROM incidents")}
    assert set(rows) == {"Sumy", "Izyum", "Pokrovsk", "Mykolayiv", "Kyiv"}  # as the articles spell them
    assert rows["Sumy"]["latitude"] == pytest.approx(50.917, abs=0.01)
    assert rows["Kyiv"]["source_url"] == site.url("/news/kyiv.html")


def test_an_entry_that_moved_is_matched_by_its_id_in_the_same_feed(site, tmp_path, mini_index):
    db = tmp_path / "s.sqlite"
    assert ingest(db, mini_index, site.url("/feed.atom")).exit_code == 0
    site.routes["/news/kyiv-moved.html"] = site.routes["/news/kyiv.html"]
    site.routes["/feed.atom"] = Reply(ATOM.format(base=site.url("")).replace("/news/kyiv.html", "/news/kyiv-moved.html")
                                      .encode(), "application/atom+xml")  # a new link, the same entry id
    again = ingest(db, mini_index, site.url("/feed.atom"))
    assert again.exit_code == 0 and site.hits["/news/kyiv-moved.html"] == 0
    assert "2 documents read (2 seen before)" in again.stdout
