package com.eventlens.console.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** The console accounts. Usernames are unique ignoring case, and sign-in finds them ignoring case too. */
interface Accounts extends ListCrudRepository<Account, String> {

    @Query("select * from console_account where lower(username) = lower(:username)")
    Optional<Account> findByUsernameIgnoringCase(@Param("username") String username);

    @Query("select * from console_account order by username")
    List<Account> findAllByUsername();

    @Query("select * from console_account where lower(email) = lower(:email) order by username")
    List<Account> findAllByEmail(@Param("email") String email);

    @Query("select count(*) from console_account where role = 'ADMIN' and enabled")
    long countEnabledAdmins();

    @Query("select exists (select 1 from console_account where role = 'ADMIN')")
    boolean anyAdmin();

    /** Not through the aggregate: a sign-in is no change of the account, and must not race an admin's edit. */
    @Modifying
    @Query("update console_account set last_sign_in_at = :at where username = :username")
    void recordSignIn(@Param("username") String username, @Param("at") Instant at);
}
