package dev.retort.dialect.mysql;

import dev.retort.error.RetortException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Small reads of information_schema, with a failure turned into a one-line RetortException. */
final class MysqlQueries {
    private MysqlQueries() {
    }

    /** The first column of every row. */
    static List<String> strings(Connection connection, String sql, String... parameters) {
        List<String> values = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new RetortException("could not read from MySQL's information_schema: " + e.getMessage(), e);
        }
        return values;
    }
}
