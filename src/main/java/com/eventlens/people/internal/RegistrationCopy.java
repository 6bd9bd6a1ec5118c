package com.eventlens.people.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.eventlens.people.Registration;

/**
 * Writes many new registrations with PostgreSQL's COPY on the current transaction's connection: a bulk invite of
 * 100,000 people is one statement, and rolls back with the transaction like any other.
 */
@Component
class RegistrationCopy {

    /** Rows sent to the server a write. */
    static final int ROWS_A_WRITE = 2_000;

    private final DataSource dataSource;

    RegistrationCopy(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Session open() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("COPY of registrations needs a transaction");
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy registration (event_id, id, first_name, last_name, email, roles, title, company, industry,
                                       country, registration_type, status) from stdin (format csv)""");
            return new Session(connection, in);
        } catch (SQLException failed) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            throw new IllegalStateException("Cannot start COPY of registrations", failed);
        }
    }

    /** One COPY: {@link #add} rows, then {@link #finish}; closing without finishing cancels it. */
    final class Session implements AutoCloseable {

        private final Connection connection;
        private final CopyIn in;
        private final StringWriter buffer = new StringWriter(1 << 20);
        private final CSVPrinter csv;
        private int pending;
        private int added;

        private Session(Connection connection, CopyIn in) {
            this.connection = connection;
            this.in = in;
            try {
                // Quoted text is text, an unquoted empty field is NULL: exactly what COPY's CSV format reads.
                this.csv = new CSVPrinter(buffer, CSVFormat.DEFAULT.builder()
                        .setQuoteMode(QuoteMode.ALL_NON_NULL).setRecordSeparator('\n').get());
            } catch (IOException impossible) {
                throw new IllegalStateException(impossible);
            }
        }

        void add(Registration person) {
            try {
                csv.printRecord(person.eventId(), person.id(), person.firstName(), person.lastName(), person.email(),
                        RegistrationSearch.rolesLiteral(person.roles()), person.title(), person.company(),
                        person.industry(), person.country(), person.registrationType().name(),
                        person.status().name());
            } catch (IOException impossible) {
                throw new IllegalStateException(impossible);
            }
            added++;
            if (++pending == ROWS_A_WRITE) {
                send();
            }
        }

        /** Ends the COPY; returns the rows stored. */
        int finish() {
            send();
            try {
                long copied = in.endCopy();
                if (copied != added) {
                    throw new IllegalStateException("COPY stored " + copied + " of " + added + " registrations");
                }
                return added;
            } catch (SQLException failed) {
                throw translate(failed);
            }
        }

        private void send() {
            if (pending == 0) {
                return;
            }
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            buffer.getBuffer().setLength(0);
            pending = 0;
            try {
                in.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException failed) {
                throw translate(failed);
            }
        }

        private RuntimeException translate(SQLException failed) {
            if ("23505".equals(failed.getSQLState())) {
                return new DuplicateKeyException("A registration of the COPY exists already", failed);
            }
            return new IllegalStateException("COPY of registrations failed", failed);
        }

        @Override
        public void close() {
            try {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            } catch (SQLException ignored) {
                // The transaction is rolled back anyway.
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
    }
}
