SELECT o.id AS order_id, u.email, SUM(o.total) AS total -- revenue
FROM "my_db"."crm"."orders" o JOIN users u ON u.id = o.user_id
WHERE o.status <> 'cancelled; DROP TABLE x' /* not a second statement */
GROUP BY 1, 2