# Hamroh in a slim image: long polling by default, webhook mode when WEBHOOK_URL is set.
# The SQLite file lives on the /data volume; the process runs as an unprivileged user.
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DATABASE_PATH=/data/hamroh.sqlite3

WORKDIR /app

# Dependencies first: a change to the code or the knowledge files does not reinstall them.
COPY pyproject.toml README.md ./
COPY bot/__init__.py bot/
RUN pip install -e .

COPY babel.cfg ./
COPY bot/ bot/
COPY knowledge/ knowledge/
COPY locales/ locales/

# Catalogs compiled and the knowledge checked at build time: a broken file fails the build.
RUN pybabel compile --use-fuzzy -d locales -D messages \
    && python -m bot check \
    && useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin hamroh \
    && mkdir -p /data \
    && chown hamroh /data

USER hamroh
VOLUME ["/data"]
# Only used in webhook mode (PORT, behind a TLS proxy).
EXPOSE 8443
# Exit 0 when the database opens and the bot reached Telegram in the last 3 minutes.
HEALTHCHECK --interval=60s --timeout=10s --start-period=60s --retries=3 \
    CMD ["python", "-m", "bot", "health"]
CMD ["python", "-m", "bot", "run"]
