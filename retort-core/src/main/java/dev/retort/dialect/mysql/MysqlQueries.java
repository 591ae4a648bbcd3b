package dev.retort.dialect.mysql;

import dev.retort.error.RetortException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Small reads of information_schema and session variables. */
public final class MysqlQueries {
    private MysqlQueries() {
    }

    /** The first column of every row. */
    static List<String> strings(Connection connection, String sql, String... parameters) {
        try {
            return rows(connection, sql, parameters).stream().map(row -> row.get(0)).toList();
        } catch (SQLException e) {
            throw new RetortException("could not read from MySQL: " + e.getMessage(), e);
        }
    }

    /** Every row, each column as text (null for NULL). */
    public static List<List<String>> rows(Connection connection, String sql, String... parameters) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) {
                        row.add(rs.getString(i));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
