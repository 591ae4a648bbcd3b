-- An online shop on MariaDB.
CREATE TABLE customers (id INT AUTO_INCREMENT PRIMARY KEY, email VARCHAR(200) NOT NULL UNIQUE,
    name VARCHAR(100) COLLATE utf8mb4_unicode_520_ci NOT NULL COMMENT 'as written', created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP)
    COMMENT='People who buy';
CREATE TABLE addresses (id INT AUTO_INCREMENT PRIMARY KEY, customer_id INT NOT NULL, line1 VARCHAR(200) NOT NULL,
    city VARCHAR(100) NOT NULL, country CHAR(2) NOT NULL,
    CONSTRAINT fk_addresses_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE);
CREATE TABLE categories (id INT AUTO_INCREMENT PRIMARY KEY, parent_id INT, name VARCHAR(100) NOT NULL,
    CONSTRAINT fk_categories_parent FOREIGN KEY (parent_id) REFERENCES categories (id));
CREATE TABLE products (id BIGINT AUTO_INCREMENT PRIMARY KEY, sku VARCHAR(40) NOT NULL UNIQUE, title VARCHAR(200) NOT NULL,
    description TEXT, price DECIMAL(10, 2) NOT NULL CHECK (price >= 0), FULLTEXT KEY ft_products (title, description));
CREATE TABLE product_categories (product_id BIGINT NOT NULL, category_id INT NOT NULL, PRIMARY KEY (product_id, category_id),
    CONSTRAINT fk_pc_product FOREIGN KEY (product_id) REFERENCES products (id),
    CONSTRAINT fk_pc_category FOREIGN KEY (category_id) REFERENCES categories (id));
CREATE TABLE warehouses (id INT AUTO_INCREMENT PRIMARY KEY, code VARCHAR(10) NOT NULL UNIQUE, city VARCHAR(100));
CREATE TABLE stock (warehouse_id INT NOT NULL, product_id BIGINT NOT NULL, quantity INT NOT NULL DEFAULT 0,
    PRIMARY KEY (warehouse_id, product_id), CONSTRAINT fk_stock_warehouse FOREIGN KEY (warehouse_id) REFERENCES warehouses (id),
    CONSTRAINT fk_stock_product FOREIGN KEY (product_id) REFERENCES products (id));
CREATE TABLE orders (id BIGINT AUTO_INCREMENT PRIMARY KEY, customer_id INT NOT NULL, total DECIMAL(12, 2) NOT NULL DEFAULT 0,
    total_cents BIGINT AS (total * 100) PERSISTENT, updated_at TIMESTAMP NULL ON UPDATE CURRENT_TIMESTAMP,
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id));
CREATE TABLE order_lines (order_id BIGINT NOT NULL, line INT NOT NULL, product_id BIGINT NOT NULL, quantity INT NOT NULL,
    PRIMARY KEY (order_id, line), CONSTRAINT fk_lines_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT fk_lines_product FOREIGN KEY (product_id) REFERENCES products (id));
CREATE TABLE payments (id INT AUTO_INCREMENT PRIMARY KEY, order_id BIGINT NOT NULL, amount DECIMAL(12, 2) NOT NULL,
    provider VARCHAR(40) NOT NULL, CONSTRAINT fk_payments_order FOREIGN KEY (order_id) REFERENCES orders (id));
CREATE TABLE shipments (id INT AUTO_INCREMENT PRIMARY KEY, order_id BIGINT NOT NULL, carrier VARCHAR(40), tracking VARCHAR(80),
    CONSTRAINT fk_shipments_order FOREIGN KEY (order_id) REFERENCES orders (id));
CREATE TABLE coupons (code VARCHAR(20) PRIMARY KEY, percent INT NOT NULL);
CREATE TABLE reviews (id INT AUTO_INCREMENT PRIMARY KEY, product_id BIGINT NOT NULL, stars TINYINT NOT NULL, body TEXT,
    CONSTRAINT fk_reviews_product FOREIGN KEY (product_id) REFERENCES products (id));
CREATE TABLE wishlists (customer_id INT NOT NULL, product_id BIGINT NOT NULL, PRIMARY KEY (customer_id, product_id),
    CONSTRAINT fk_wish_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT fk_wish_product FOREIGN KEY (product_id) REFERENCES products (id));
CREATE TABLE search_log (id INT AUTO_INCREMENT PRIMARY KEY, query VARCHAR(200), at DATETIME) ENGINE=MyISAM;
CREATE TABLE order_log (id INT AUTO_INCREMENT PRIMARY KEY, order_id BIGINT, what VARCHAR(20));
DELIMITER //
CREATE TRIGGER orders_log AFTER UPDATE ON orders FOR EACH ROW
BEGIN
    IF OLD.total <> NEW.total THEN
        INSERT INTO order_log (order_id, what) VALUES (NEW.id, 'total');
    END IF;
END//
DELIMITER ;
