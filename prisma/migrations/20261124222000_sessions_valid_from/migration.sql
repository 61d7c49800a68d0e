-- A password change ends every session that signed in before it (the one that changed it gets a new cookie)
ALTER TABLE "User" ADD COLUMN "sessionsValidFrom" TIMESTAMP(3);
