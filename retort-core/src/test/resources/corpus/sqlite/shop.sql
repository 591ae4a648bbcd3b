-- A shop: catalog, stock, carts, orders, payments, shipping, reviews, coupons.
PRAGMA foreign_keys = ON;

CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL COLLATE NOCASE,
    full_name TEXT NOT NULL,
    phone TEXT,
    created_at TEXT NOT NULL DEFAULT (datetime('now')),
    CONSTRAINT uq_customers_email UNIQUE (email)
);

CREATE TABLE addresses (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    line1 TEXT NOT NULL,
    line2 TEXT,
    city TEXT NOT NULL,
    postcode TEXT NOT NULL,
    country TEXT NOT NULL DEFAULT 'GB' CHECK (length(country) = 2),
    is_default INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX ux_addresses_default ON addresses (customer_id) WHERE is_default = 1;

CREATE TABLE brands (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
) STRICT;

CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES categories (id),
    name TEXT NOT NULL,
    path TEXT NOT NULL UNIQUE
);

CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL UNIQUE COLLATE NOCASE,
    brand_id INTEGER REFERENCES brands (id) ON DELETE SET NULL,
    category_id INTEGER NOT NULL REFERENCES categories (id),
    name TEXT NOT NULL,
    description TEXT,
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
    vat_rate REAL NOT NULL DEFAULT 0.2,
    price_with_vat_cents INTEGER GENERATED ALWAYS AS (CAST(round(price_cents * (1 + vat_rate)) AS INTEGER)) STORED,
    active INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX ix_products_category ON products (category_id, name);
CREATE INDEX ix_products_active_price ON products (price_cents) WHERE active = 1;
CREATE INDEX ix_products_lower_name ON products (lower(name));

CREATE TABLE product_images (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (product_id, position)
);

CREATE TABLE warehouses (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE stock_levels (
    warehouse_code TEXT NOT NULL REFERENCES warehouses (code),
    product_id INTEGER NOT NULL REFERENCES products (id),
    on_hand INTEGER NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
    reserved INTEGER NOT NULL DEFAULT 0,
    available INTEGER AS (on_hand - reserved),
    PRIMARY KEY (warehouse_code, product_id)
) WITHOUT ROWID;

CREATE TABLE carts (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER REFERENCES customers (id) ON DELETE CASCADE,
    session_token TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE cart_items (
    cart_id INTEGER NOT NULL REFERENCES carts (id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products (id),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (cart_id, product_id)
);

CREATE TABLE coupons (
    code TEXT PRIMARY KEY COLLATE NOCASE,
    percent_off INTEGER CHECK (percent_off BETWEEN 1 AND 100),
    amount_off_cents INTEGER,
    valid_until TEXT,
    CHECK ((percent_off IS NULL) <> (amount_off_cents IS NULL))
) WITHOUT ROWID;

CREATE TABLE orders (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    shipping_address_id INTEGER REFERENCES addresses (id) DEFERRABLE INITIALLY DEFERRED,
    coupon_code TEXT REFERENCES coupons (code),
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'paid', 'shipped', 'cancelled', 'refunded')),
    total_cents INTEGER NOT NULL DEFAULT 0,
    placed_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX ix_orders_customer ON orders (customer_id, placed_at DESC);
CREATE INDEX ix_orders_open ON orders (status) WHERE status IN ('new', 'paid');

CREATE TABLE order_lines (
    order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    product_id INTEGER NOT NULL REFERENCES products (id),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_cents INTEGER NOT NULL,
    line_total_cents INTEGER GENERATED ALWAYS AS (quantity * unit_price_cents) VIRTUAL,
    PRIMARY KEY (order_id, line_no)
);

CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id),
    provider TEXT NOT NULL,
    provider_ref TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    captured_at TEXT,
    UNIQUE (provider, provider_ref)
);

CREATE TABLE shipments (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id),
    warehouse_code TEXT NOT NULL REFERENCES warehouses (code),
    carrier TEXT,
    tracking_no TEXT,
    shipped_at TEXT
);

CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    body TEXT,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (product_id, customer_id)
);

CREATE TABLE wishlists (
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    added_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (customer_id, product_id)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE product_search USING fts5(name, description, content='products', content_rowid='id', tokenize='porter unicode61');

CREATE VIEW product_ratings AS
    SELECT p.id AS product_id, p.name, count(r.id) AS reviews, avg(r.rating) AS average
    FROM products p LEFT JOIN reviews r ON r.product_id = p.id
    GROUP BY p.id;

CREATE VIEW order_totals (order_id, lines, total_cents) AS
    SELECT order_id, count(*), sum(line_total_cents) FROM order_lines GROUP BY order_id;

CREATE TRIGGER order_lines_total AFTER INSERT ON order_lines
BEGIN
    UPDATE orders SET total_cents = (SELECT coalesce(sum(line_total_cents), 0) FROM order_lines WHERE order_id = new.order_id)
    WHERE id = new.order_id;
END;

CREATE TRIGGER stock_never_negative BEFORE UPDATE OF reserved ON stock_levels
WHEN new.reserved > new.on_hand
BEGIN
    SELECT RAISE(ABORT, 'not enough stock');
END;
