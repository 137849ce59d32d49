-- The full lifecycle (Decree 118/2025/NĐ-CP): what each step said, and how the due date moved.

-- The officer's written reasons or requests at this step (supplement list, refusal reasons, apology ...).
alter table dossier_event add column note varchar(4000);
-- The due date in force after this step (set when a step moves it: apology, supplement pause/resume).
alter table dossier_event add column due_at timestamp;

-- While the applicant owes a supplement the clock is paused (since when); null when it runs.
alter table dossier add column paused_at timestamp;
