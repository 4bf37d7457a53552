<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>KeychainStore</name>
    <message numerus="yes">
        <source>it did not answer within %n second(s); it may be waiting for someone to unlock it</source>
        <translation>
            <numerusform>it did not answer within %n second; it may be waiting for someone to unlock it</numerusform>
            <numerusform>it did not answer within %n seconds; it may be waiting for someone to unlock it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message numerus="yes">
        <source>%n session(s) revoked.</source>
        <translation>
            <numerusform>%n session revoked.</numerusform>
            <numerusform>%n sessions revoked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message numerus="yes">
        <source>%1 (%n session(s))</source>
        <translation>
            <numerusform>%1 (%n session)</numerusform>
            <numerusform>%1 (%n sessions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n session(s) of &quot;%2&quot;)</source>
        <translation>
            <numerusform>%1 (%n session of &quot;%2&quot;)</numerusform>
            <numerusform>%1 (%n sessions of &quot;%2&quot;)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestControls</name>
    <message numerus="yes">
        <source>Cleared %n fault rule(s)</source>
        <translation>
            <numerusform>Cleared %n fault rule</numerusform>
            <numerusform>Cleared %n fault rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestKitCommands</name>
    <message numerus="yes">
        <source>(%n left)</source>
        <translation>
            <numerusform>(%n left)</numerusform>
            <numerusform>(%n left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fault rule(s) cleared.</source>
        <translation>
            <numerusform>%n fault rule cleared.</numerusform>
            <numerusform>%n fault rules cleared.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestUserService</name>
    <message numerus="yes">
        <source>%n test users</source>
        <translation>
            <numerusform>%n test user</numerusform>
            <numerusform>%n test users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Password reset; %n session(s) revoked</source>
        <translation>
            <numerusform>Password reset; %n session revoked</numerusform>
            <numerusform>Password reset; %n sessions revoked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message numerus="yes">
        <source>New password for %1; %n session(s) revoked.</source>
        <translation>
            <numerusform>New password for %1; %n session revoked.</numerusform>
            <numerusform>New password for %1; %n sessions revoked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::AuditPage</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n event written to %1.</numerusform>
            <numerusform>%n events written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::DurationEdit</name>
    <message numerus="yes">
        <source>second(s)</source>
        <translation>
            <numerusform>second</numerusform>
            <numerusform>seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>minute(s)</source>
        <translation>
            <numerusform>minute</numerusform>
            <numerusform>minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hour(s)</source>
        <translation>
            <numerusform>hour</numerusform>
            <numerusform>hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::IdentityProvidersPage</name>
    <message numerus="yes">
        <source>%n signing key(s) with a kid: %1</source>
        <translation>
            <numerusform>%n signing key with a kid: %1</numerusform>
            <numerusform>%n signing keys with a kid: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) without a kid are ignored.</source>
        <translation>
            <numerusform>%n key without a kid is ignored.</numerusform>
            <numerusform>%n keys without a kid are ignored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::RequestLog</name>
    <message numerus="yes">
        <source>%n more header(s)</source>
        <translation>
            <numerusform>%n more header</numerusform>
            <numerusform>%n more headers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more parameter(s)</source>
        <translation>
            <numerusform>%n more parameter</numerusform>
            <numerusform>%n more parameters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::RequestRateChart</name>
    <message numerus="yes">
        <source>%n request(s) in the last minute</source>
        <translation>
            <numerusform>%n request in the last minute</numerusform>
            <numerusform>%n requests in the last minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>peak %1/s · %n request(s) in the last minute</source>
        <translation>
            <numerusform>peak %1/s · %n request in the last minute</numerusform>
            <numerusform>peak %1/s · %n requests in the last minute</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::RequestsPage</name>
    <message numerus="yes">
        <source>%n request(s) shown</source>
        <translation>
            <numerusform>%n request shown</numerusform>
            <numerusform>%n requests shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paused, %n new request(s) not shown</source>
        <translation>
            <numerusform>paused, %n new request not shown</numerusform>
            <numerusform>paused, %n new requests not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) came faster than the log keeps them and are not shown</source>
        <translation>
            <numerusform>%n request came faster than the log keeps it and is not shown</numerusform>
            <numerusform>%n requests came faster than the log keeps them and are not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::SecretDialog</name>
    <message numerus="yes">
        <source>Copy the secret to the clipboard; it is cleared from there after %n second(s)</source>
        <translation>
            <numerusform>Copy the secret to the clipboard; it is cleared from there after %n second</numerusform>
            <numerusform>Copy the secret to the clipboard; it is cleared from there after %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The secret was copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>The secret was copied. The clipboard is cleared in %n second.</numerusform>
            <numerusform>The secret was copied. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::SessionsPage</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) revoked.</source>
        <translation>
            <numerusform>%n session revoked.</numerusform>
            <numerusform>%n sessions revoked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::TestControlsPage</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::TestUsersPage</name>
    <message numerus="yes">
        <source>%n test user(s)</source>
        <translation>
            <numerusform>%n test user</numerusform>
            <numerusform>%n test users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test user(s) match</source>
        <translation>
            <numerusform>%n test user match</numerusform>
            <numerusform>%n test users match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password of %1 was reset, and %n session(s) were ended.</source>
        <translation>
            <numerusform>The password of %1 was reset, and %n session was ended.</numerusform>
            <numerusform>The password of %1 was reset, and %n sessions were ended.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Creating %n test user(s)…</source>
        <translation>
            <numerusform>Creating %n test user…</numerusform>
            <numerusform>Creating %n test users…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n test user(s).</source>
        <translation>
            <numerusform>Created %n test user.</numerusform>
            <numerusform>Created %n test users.</numerusform>
        </translation>
    </message>
</context>
</TS>
