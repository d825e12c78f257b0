-- PostgreSQL only: a GIN index over the words of search_text ('simple': no stemming).
CREATE INDEX IF NOT EXISTS search_text_words ON search_text
    USING GIN (to_tsvector('simple', norm_text));
