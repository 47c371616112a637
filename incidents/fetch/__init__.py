"""Live sources: RSS/Atom feeds, article pages and Telegram channel exports, read politely
(``http``), turned into documents (``feeds``, ``pages``, ``telegram``) for the ingest pipeline, with
what was read remembered in the store (``sources``). ``live`` runs a round over sources and the
polling loop."""
