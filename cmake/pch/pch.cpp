// Empty: the precompiled-header targets need one source to hang their header on.
