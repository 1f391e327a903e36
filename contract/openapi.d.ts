/**
 * The API's types, generated from its OpenAPI document (GET /api/openapi.json) by openapi-typescript.
 * Do not edit: change the routes or the contract, then run `npm run api:types`.
 */

export interface paths {
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in, and the CSRF token for writes */
        get: operations["getSession"];
        put?: never;
        /**
         * Sign in 登录
         * @description Sets an HttpOnly, SameSite=Lax session cookie. Five failures in a row for an account name lock it (429) for a minute, doubling with each further failure up to an hour.
         */
        post: operations["signIn"];
        /** Sign out 退出 */
        delete: operations["signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change one's own password 修改密码
         * @description Ends the person's other sessions.
         */
        put: operations["changePassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List accounts 账号管理 (administrators) */
        get: operations["listUsers"];
        put?: never;
        /** Create an account (administrators) */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an account: role, scopes, active, a temporary password (administrators) */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log 操作记录: who changed what, when, old, new, why */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reporting rounds 填报轮次 (reporters and reviewers: those asking their places or bodies) */
        get: operations["listRounds"];
        put?: never;
        /**
         * Open a reporting round (plan office)
         * @description A period (2025, 2026Q3, 2026-07), a due date, the indicators asked (each reported at the period's frequency) and the places or bodies asked.
         */
        post: operations["createRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A round with its indicators and units */
        get: operations["getRound"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a round: title, due date, note, close or reopen (plan office) */
        patch: operations["updateRound"];
        trace?: never;
    };
    "/api/rounds/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a round (政务公开): its approved figures become public */
        post: operations["publishRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Round overview 填报进度: who submitted, who is late, what awaits review, completeness; reminders
         * @description As of now, or of `asOf` (YYYY-MM-DD, end of that day).
         */
        get: operations["getRoundOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/overview/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The round overview 填报进度 as .xlsx or CSV
         * @description Per place or body: figures asked, approved, awaiting review, draft, returned, not entered, completeness, last submission, late; a total row; in .xlsx a second sheet of reminders. As of now, or of `asOf` (YYYY-MM-DD, end of that day). zh-CN headers unless `lang=en` (or Accept-Language: en). Same readers as the overview.
         */
        get: operations["exportRoundOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the round asks of me 我的填报任务: each figure with last period's value, the approved value and my submission */
        get: operations["listRoundAssignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Save my figures of a round as drafts 保存草稿
         * @description Values in the indicator's display unit (亿元 for money) unless `unit` says otherwise. Every entry is checked — scope, round, unit, periodicity, range, ratio parts, change from last period (beyond the bound it needs an explanation) — and nothing is saved when any fails; `error.details` lists every problem with its entry.
         */
        put: operations["saveRoundDrafts"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The round's spreadsheet template 填报模板 (.xlsx) of the figures asked of me, pre-filled */
        get: operations["downloadRoundTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a filled template (.xlsx or .csv) as my drafts 上传填报表
         * @description Read as long format (指标, 地区, 期间, 数值, 单位, 备注, 说明; rows without a 数值 are skipped) and saved through the same checks as the form. A file with any error stores nothing and lists every error with its sheet, row and column.
         */
        post: operations["uploadRoundFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/values/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a long-format file of figures as approved values 导入数据 (plan office)
         * @description Columns 指标 (code or name), 地区 (code or name), 期间, 数值, optional 单位, 备注, 说明; values in the indicator's display unit unless 单位 says otherwise. Every row is validated first; a file with any error stores nothing and lists every error with its sheet, row and column. Written in one transaction.
         */
        post: operations["importValues"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit my drafts of a round for review 提交 */
        post: operations["submitRoundDrafts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Submissions 填报数据 (reporters and reviewers: in their scope) */
        get: operations["listSubmissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/submissions/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a submitted figure 审核通过
         * @description `version` is the version the reviewer saw; a stale one gets 409.
         */
        post: operations["approveSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/submissions/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return a submitted figure to its reporter with a comment 退回 */
        post: operations["returnSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/values/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw an approved figure 撤回数据
         * @description The plan office withdraws at once; a reporter in scope asks for it and a reviewer approves the request. The figure is never deleted: it stays in its history, marked withdrawn, out of monitoring and the public.
         */
        post: operations["withdrawValue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rollup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Roll-up 汇总: children's approved figures to each parent place
         * @description Additive indicators are summed; ratios recomputed from the sums of their parts (never averaged). The parent's own figure and the difference are shown, with the children that have not reported. Along the administrative tree only.
         */
        get: operations["getRollup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List plans 规划列表
         * @description By period start and code, a page at a time (see `limit` and `cursor`).
         */
        get: operations["listPlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One plan */
        get: operations["getPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plan's source text as read (offsets of every span refer to it) */
        get: operations["getPlanText"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Progress of every target 目标进展
         * @description For each target: baseline, target, latest approved value, completion, required and realised annual growth, projection to the target year, status.
         */
        get: operations["getPlanProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/progress/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The progress table as .xlsx or CSV 导出目标进展
         * @description The dashboard's table: indicator, attribute, unit, baseline and its year, target and its year, latest value and its year, completion, status, required and realised annual growth, projection and its model. Figures in each indicator's display unit, numbers kept as numbers with number formats; zh-CN headers unless `lang=en` (or Accept-Language: en). Readable by whoever may read the plan's progress.
         */
        get: operations["exportPlanProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a plan 撤回规划 (plan office)
         * @description The plan leaves the lists, the public and the dashboards and stays stored; who, when and why are recorded.
         */
        post: operations["withdrawPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/{id}/baseline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Enter a target's base-period value 补充基期值 (plan office)
         * @description A relative target (翻番, 双倍增, 年均增长, 新增) is assessed once its baseline is known. Value in the indicator's base unit; the year must precede the target year. Audited.
         */
        put: operations["setTargetBaseline"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A plan's evaluation report 评估报告 (总结评估 / 中期评估) as a model to preview
         * @description Built from the targets' progress as of the evaluation date's year: title, 文号 line and blocks (headings, paragraphs of sentences with stable ids, tables, one chart per target). A final evaluation (总结评估) once the date is past the plan period, a mid-term one (中期评估) inside it. Anyone who may read the plan may read it; rankings are included for signed-in readers.
         */
        get: operations["getPlanReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/report/{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The evaluation report as Word (.docx) or PDF 导出评估报告
         * @description The same report as GET …/report, with the edited sentences of `edits` (sentence id → text) in place of the generated ones; an unknown sentence id is refused (422). Figures, tables and charts always come from the server. Nothing is stored; open to anyone who may read the plan.
         */
        post: operations["exportPlanReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List indicators 指标目录 */
        get: operations["listIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One indicator */
        get: operations["getIndicator"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List places 地区 (city, districts, zones, Science City) */
        get: operations["listPlaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List responsible bodies 责任单位 */
        get: operations["listBodies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List data values 指标数据
         * @description Signed out: approved, published figures only. By indicator, place and period, at most `limit` (default 1000, at most 10000) a page; the next page from `cursor` (X-Next-Cursor or Link rel="next" of this one). `offset` is still read, after the cursor, but skipping rows costs reading them: page with the cursor.
         */
        get: operations["listValues"];
        put?: never;
        /**
         * Enter an approved data value directly 录入数据 (plan office)
         * @description For the plan office and administrators; districts report through rounds (/api/submissions). Validated against the indicator: it must exist, the period must fit its periodicity, a share must lie in 0–100, counts and amounts must not be negative. A value for an indicator, place and period that already has one replaces it; both stay in the history, with who entered them. Nothing is stored when any check fails.
         */
        post: operations["createValue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/values/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every revision of a data value, with who changed it and why */
        get: operations["getValueHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a plan document 导入规划文件
         * @description Accepts .txt (UTF-8 or GB18030), .docx and .html. Creates the document (full text kept), a plan pending review with the metadata found in the text, its outline and every extracted statement (pending), in one transaction. An empty, binary, undecodable or damaged file, a .docx that is not a zip, a file over the size limits, a .docx zip over its entry or inflated-size limits (checked while inflating), an HTML page nested too deep and a text too little of which is printable are refused (422) with a zh/en message naming the file and the limit, and nothing is stored. Needs the plan office or an administrator; the import is recorded with the signed-in person.
         */
        post: operations["importDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/outline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The outline of a plan's document 文档结构 */
        get: operations["getPlanOutline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A plan's text, outline and extracted statements 审核 */
        get: operations["getPlanReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/review/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The review list as .xlsx or CSV 导出审核清单
         * @description Every statement extracted from the plan's document (or those in `state`), in document order: type, state, indicator as written and the linked catalogue indicator, comparator, value, unit, year, baseline, scope and the source sentence. zh-CN headers unless `lang=en` (or Accept-Language: en). Readable by whoever may read the review.
         */
        get: operations["exportPlanReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every review decision on a plan, with who took it */
        get: operations["listPlanDecisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statements/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide on a statement: accept, edit, reject, merge, link, create_indicator
         * @description Accepting a target adds it to the plan's targets with its source span; accepting an actual stores an approved data value whose source is the span. Rejecting or merging an accepted statement removes what it created. A statement must be linked to an indicator and have a year before it is accepted; errors name the field. Needs the plan office or an administrator; the decision is recorded with the signed-in person.
         */
        post: operations["decideStatement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/review/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a plan reviewed (status active)
         * @description Asks for `confirm: true`. Refused (409, with the count) while statements are still pending, unless `closePending: "reject"` closes them as rejected, each a recorded decision. Recorded with the signed-in person.
         */
        post: operations["completePlanReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct the document's kind (plan 规划 / report 工作报告) and year
         * @description A report's year dates its figures: its targets are that year's, its actuals the year before's. The plan's period follows; pending statements whose year came from the old reading take the new one (listed in the answer), decided statements keep theirs. A report needs its year (422 naming `year`). Needs the plan office or an administrator; recorded as a review decision and in the audit log with the signed-in person.
         */
        patch: operations["classifyPlanDocument"];
        trace?: never;
    };
    "/api/plans/{code}/alignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 规划衔接: a plan's targets against another plan's
         * @description For the indicators both plans set targets for: consistent, more ambitious, weaker or not comparable (with the reason), for the lower plan against the higher one; different target years compare on the projected path or the required annual growth; different places are stated.
         */
        get: operations["getPlanAlignment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List index definitions 评价指数 */
        get: operations["listIndices"];
        put?: never;
        /**
         * Create an index definition
         * @description The tree and the pipeline are checked by the index engine (one root, parents one level up, known codes); nothing is stored when a check fails.
         */
        post: operations["createIndex"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indices/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import an index from COINr-style iData and iMeta CSV
         * @description All or nothing: a bad row or cell is refused naming its table, row and column (`error.field` such as `iData[3].LPI`), and nothing is stored.
         */
        post: operations["importIndex"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indices/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An index definition with its tree and pipeline */
        get: operations["getIndex"];
        /** Update an index definition */
        put: operations["updateIndex"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indices/{code}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export iMeta, iData, pipeline or ranking
         * @description Sample data carries its label: a DataNote column in CSV (数据说明 in the ranking), a `$comment` key in the pipeline JSON. The ranking is the table people read (node names as headers, in the Accept-Language); `GET …/ranking/export` gives it as .xlsx too, with rank intervals.
         */
        get: operations["exportIndex"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indices/{code}/compute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ranking 排名
         * @description Every place's top-level score, rank and every aggregate's score for a year (default: latest); `nodes` and `pipeline` compute a draft without saving it. Missing values are listed; `sample` says the data is generated.
         */
        post: operations["computeIndexRanking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indices/{code}/uncertainty": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rank intervals 排名不确定性
         * @description Seeded Monte Carlo over the winsorisation cap, normalisation, weights ±f, aggregation and imputation: nominal, median, 5th and 95th percentile rank. The same seed gives the same result.
         */
        post: operations["computeIndexUncertainty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indices/{code}/sensitivity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sensitivity 敏感性
         * @description First-order and total sensitivity indices of the mean rank shift to each uncertain input, and the rank shift when each dimension is dropped.
         */
        post: operations["computeIndexSensitivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indices/{code}/uncertainty/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rank intervals as a job 排名不确定性（后台任务）
         * @description Starts the rank-interval analysis in the background and answers at once with the job; read it at `Location` for progress and, when done, the result (the same as the direct request's for the same seed).
         */
        post: operations["startIndexUncertaintyJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indices/{code}/sensitivity/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sensitivity as a job 敏感性（后台任务）
         * @description Starts the sensitivity analysis in the background and answers at once with the job; read it at `Location`.
         */
        post: operations["startIndexSensitivityJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analysis-jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An analysis job 分析任务
         * @description Status, progress (model runs done out of total) and, once succeeded, the result. Only the person who started the job can read it; it is kept for KECHUANG_ANALYSIS_JOB_MINUTES after it finished.
         */
        get: operations["getAnalysisJob"];
        put?: never;
        post?: never;
        /**
         * Cancel an analysis job 取消分析任务
         * @description Cancels a queued or running job (its worker stops at the next model run) and answers with the job, now `cancelled`; a finished job is answered unchanged.
         */
        delete: operations["cancelAnalysisJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indices/{code}/ranking/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The ranking as .xlsx or CSV 导出排名
         * @description Rank, place code and name, score, a column per sub-index and ratio node headed by its name, and the 5th–95th percentile rank interval in whole ranks from `replications` seeded Monte Carlo runs (default 200, seed 1, as the screen first shows; 0 leaves the interval out). The stored definition, for `year` (default latest) and `source`. Sample data is labelled in the title and on every row. zh-CN headers unless `lang=en` (or Accept-Language: en).
         */
        get: operations["exportIndexRanking"];
        put?: never;
        /**
         * The ranking of a draft as .xlsx or CSV 导出排名（草稿）
         * @description As GET …/ranking/export, computed from the body's `nodes` and `pipeline` when given (edits not saved yet, as the ranking request takes them), so the file matches the screen; the title says so. Nothing is stored.
         */
        post: operations["exportIndexRankingDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indices/{code}/explain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Explain a place's score 得分解释
         * @description Contribution of every indicator and dimension to the place's score, and to its change since `compareYear`.
         */
        post: operations["explainIndexScore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List enterprises of the registry 企业库
         * @description By credit code, filtered by part of the name or code, a place (district, county or zone; 500000 for all) and a status held today. A reporter or reviewer must name a place in their scope. Rows from the generated registry carry `sample: true` (示例数据).
         */
        get: operations["listEnterprises"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Funnel and 培育库 of a place
         * @description Enterprises holding each status at each year's end (real and sample apart) against the plan targets for 科技型企业 (tech-smes) and 高新技术企业 (hitech-enterprises); reported figures beside the latest registry snapshot's counts and their difference; 高企 certificates lapsing within 12 months of `on`; enterprises that would qualify next year on current trends, ranked by how little they lack.
         */
        get: operations["getEnterpriseFunnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An enterprise's card: years, statuses, both rule packs' assessments, history */
        get: operations["getEnterprise"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a registry table (.xlsx or .csv) 导入企业库
         * @description One enterprise-year a row: 统一社会信用代码, 企业名称, 区县, 年度 and any of the figures (amounts in 万元), IP counts and status columns. Credit codes are checked against GB 32100. A file with any error stores nothing and lists every error by sheet, row, column and field; otherwise everything is written in one transaction, each enterprise's change in the audit log. A reporter imports enterprises of their scope only.
         */
        post: operations["importEnterprises"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/assess": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assess figures by a rule pack (科技型中小企业评价 or 高新技术企业 self-check); nothing stored
         * @description tech-sme: 国科发政〔2017〕115号 as applied under 国科火字〔2022〕67号, on the latest year sent. high-tech: 国科发火〔2016〕32号 and 195号, on up to three years. Every condition and score item comes with the figures it used, its verdict and what would change it; judged parts are entered in `judgements` and listed in `judgedParts`.
         */
        post: operations["assessEnterprise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count the registry on a date (plan office)
         * @description Counts per place and year kept with the snapshot. For the real registry (`sample: false`), the counts become approved figures whose source names the snapshot wherever no reported or imported figure exists for the indicator, place and period; where one exists both are kept and the funnel shows the difference. A sample snapshot's counts never become figures.
         */
        post: operations["takeRegistrySnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/tasks/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Draft the plan's tasks from its outline 起草任务
         * @description Under each chapter its sections are tasks, and so are the items of its 专栏 boxes; each keeps its span in the plan's text, the indicators its text names (the plan's targets on them are the targets it serves) and the bodies it names before 牵头 / 负责 / 配合 / 按职责分工 — matched to the catalogue, names it cannot match listed in `unmatchedBodies`. Tasks already drafted are kept as they are. Needs the plan office; recorded with the signed-in person.
         */
        post: operations["draftPlanTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A plan's tasks with bodies, targets served, milestones, latest progress and standing 任务清单
         * @description `standing` as of `asOf` (today by default): done (latest approved report 已完成), late (a milestone overdue, reported 滞后, or no report in the last round that asked its lead body) or on time.
         */
        get: operations["listPlanTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One task with its progress reports and history 任务详情 */
        get: operations["getTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide on a drafted task: accept, edit, reject, merge, split
         * @description Accept or edit may change the title, the lead and cooperating bodies (catalogue codes), the deadline and the annual goal. Merge closes the task into another of the plan (its milestones follow); split closes it into new tasks with the titles given, which keep its span and bodies. Needs the plan office; the decision is recorded in the audit log with the signed-in person.
         */
        post: operations["decideTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/tasks/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a task division table 任务分工方案 (.xlsx, .csv, .docx, .html)
         * @description Columns 序号, 任务, 牵头单位, 配合单位, 完成时限 and optionally 年度目标, under a header row found in the first five rows of any sheet or table. Each row's task must match one of the plan's tasks and each body name the catalogue (市科技局, 重庆市科学技术局 …). A file with any problem stores nothing; `error.details` lists every problem with its sheet, row and column. Otherwise every row's task gets its bodies, deadline (a milestone) and annual goal, in one transaction. Needs the plan office.
         */
        post: operations["importTaskDivision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a milestone (date, deliverable) to a task 节点
         * @description Needs the plan office; recorded in the task's history.
         */
        post: operations["addTaskMilestone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/milestones/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a milestone's date or deliverable, or mark it done
         * @description `doneOn` a date marks it done, null not done. Needs the plan office; recorded in the task's history.
         */
        patch: operations["changeTaskMilestone"];
        trace?: never;
    };
    "/api/tasks/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Report progress on a task in a round 报告进展 (draft or submit)
         * @description By a reporter of the task's lead body (others 403), for an open round that asks that body: a state (not_started 未启动, in_progress 推进中, done 已完成, late 滞后), a percent, a short text, evidence links and the milestones it says are done. One report per task and round: a draft or a returned report can be changed and submitted again; a submitted or approved one cannot (409).
         */
        put: operations["saveTaskProgress"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Progress reports, by round, review state or plan
         * @description Reporters and reviewers see their own bodies' reports only.
         */
        get: operations["listTaskProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/progress/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a submitted progress report 审核通过
         * @description `version` is the version the reviewer saw; a stale one gets 409. Milestones the report names become done on its submission day.
         */
        post: operations["approveTaskProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/progress/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return a submitted progress report with a comment 退回
         * @description The reporter corrects it and submits again. `version` as for approval.
         */
        post: operations["returnTaskProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/tasks/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Milestones past their date and not done 逾期节点
         * @description As of `asOf` (today by default): a milestone is listed when its date is before `asOf` and it was not done on or before `asOf`.
         */
        get: operations["listOverdueMilestones"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/supervision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The supervision list 督办清单: per lead body, what is late, since when, the last report
         * @description Overdue milestones and tasks with no submitted or approved report in the last round (due by `asOf`) that asked their lead body.
         */
        get: operations["getPlanSupervision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/supervision/docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A body's 督办单 (supervision notice) as .docx
         * @description Names the body and lists each of its late items; laid out like the evaluation reports (GB/T 9704-like).
         */
        get: operations["downloadSupervisionNotice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the server answers */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document (OpenAPI 3.1) */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AuditEntry: {
            id: number;
            entity: string;
            entityId: string;
            action: string;
            actor: string;
            at: string;
            before?: unknown;
            after?: unknown;
            reason: string | null;
        };
        ChangePasswordRequest: {
            currentPassword: string;
            newPassword: string;
        };
        CreateUserRequest: {
            username: string;
            displayName?: string;
            /** @enum {string} */
            role: "administrator" | "plan_office" | "reporter" | "reviewer" | "leader";
            /** @default [] */
            scopes?: {
                /** @enum {string} */
                kind: "place" | "body";
                code: string;
            }[];
            password: string;
            /** @default true */
            mustChangePassword?: boolean;
        };
        LoginRequest: {
            username: string;
            password: string;
        };
        UserResponse: {
            id: number;
            username: string;
            displayName: string;
            /** @enum {string} */
            role: "administrator" | "plan_office" | "reporter" | "reviewer" | "leader";
            scopes: {
                /** @enum {string} */
                kind: "place" | "body";
                code: string;
            }[];
            active: boolean;
            mustChangePassword: boolean;
            createdBy: string;
            createdAt: string;
        };
        SessionResponse: {
            user: components["schemas"]["UserResponse"] | null;
            csrfToken: string | null;
        };
        UpdateUserRequest: {
            displayName?: string;
            /** @enum {string} */
            role?: "administrator" | "plan_office" | "reporter" | "reviewer" | "leader";
            scopes?: {
                /** @enum {string} */
                kind: "place" | "body";
                code: string;
            }[];
            active?: boolean;
            password?: string;
            reason?: string;
        };
        /** @enum {string} */
        AlignmentVerdict: "consistent" | "more_ambitious" | "weaker" | "not_comparable";
        LocalisedText: {
            zh: string;
            en: string;
        };
        AlignmentRow: {
            indicatorCode: string;
            indicatorZh: string;
            indicatorEn: string;
            lower: {
                targetId: number;
                placeCode: string;
                kind: string;
                comparator: string;
                value: number;
                year: number;
            };
            higher: {
                targetId: number;
                placeCode: string;
                kind: string;
                comparator: string;
                value: number;
                year: number;
            };
            verdict: components["schemas"]["AlignmentVerdict"];
            /** @enum {string|null} */
            basis: "level" | "projected_level" | "annual_growth" | "growth_rate" | null;
            lowerFigure: number | null;
            higherFigure: number | null;
            /** @enum {string|null} */
            rateBasis: "compound" | "linear" | null;
            reason: components["schemas"]["LocalisedText"];
            notes: components["schemas"]["LocalisedText"][];
        };
        AlignmentResponse: {
            lowerPlan: string;
            higherPlan: string;
            /** @enum {string} */
            placeRelation: "same" | "part" | "other";
            rows: components["schemas"]["AlignmentRow"][];
            onlyLower: string[];
            onlyHigher: string[];
        };
        BodyResponse: {
            code: string;
            nameZh: string;
            fullNameZh: string;
            nameEn: string;
        };
        IndicatorResponse: {
            code: string;
            nameZh: string;
            nameEn: string;
            unit: string;
            displayUnit?: string;
            /** @default 1 */
            displayScale?: number;
            /** @default 0 */
            decimals?: number;
            /** @enum {string} */
            measure: "count" | "amount" | "share" | "rate" | "ratio";
            /**
             * @default higher_is_better
             * @enum {string}
             */
            direction?: "higher_is_better" | "lower_is_better";
            /**
             * @default year
             * @enum {string}
             */
            periodicity?: "year" | "quarter" | "month";
            /**
             * @default {
             *       "method": "none"
             *     }
             */
            aggregation?: {
                /** @enum {string} */
                method: "sum";
            } | {
                /** @enum {string} */
                method: "ratio";
                numerator: string;
                denominator: string;
                /** @default 1 */
                scale?: number;
            } | {
                /** @enum {string} */
                method: "none";
            };
            definition?: string;
        };
        PlaceResponse: {
            code: string;
            nameZh: string;
            nameEn: string;
            kind: string;
            adminCode: string | null;
            parentCode: string | null;
            memberOf: string[];
            members: string[];
        };
        /** @enum {string} */
        DocumentFormat: "text" | "html" | "docx";
        ImportDocumentForm: {
            /** @description the document: .txt (UTF-8 or GB18030), .docx or .html */
            file?: unknown;
            code?: string;
            parentCode?: string;
        };
        ImportDocumentJson: {
            fileName: string;
            contentBase64: string;
            code?: string;
            parentCode?: string;
        };
        /** @enum {string} */
        PlanStatus: "pending_review" | "active" | "withdrawn";
        ImportDocumentResponse: {
            plan: {
                code: string;
                titleZh: string;
                status: components["schemas"]["PlanStatus"];
                docNumber: string | null;
                issuer: string | null;
                issuedOn: string | null;
                publishedOn: string | null;
                periodStart: number;
                periodEnd: number;
                placeCode: string | null;
                /** @enum {string} */
                documentKind: "plan" | "report";
                documentYear: number | null;
            };
            document: {
                id: number;
                fileName: string;
                format: components["schemas"]["DocumentFormat"];
                encoding: string | null;
                length: number;
            };
            chapters: number;
            parts: number;
            boxes: number;
            closing: boolean;
            statements: {
                targets: number;
                actuals: number;
            };
            similar: {
                code: string;
                titleZh: string;
                docNumber: string | null;
                status: string;
                /** @enum {string} */
                match: "doc_number" | "title";
            }[];
        };
        OutlineNodeResponse: {
            /** @enum {string} */
            kind: "chapter" | "section" | "part" | "subpart" | "item" | "box" | "closing";
            number: number;
            title: string;
            start: number;
            headingEnd: number;
            end: number;
            gap?: boolean;
            /** @description nodes of the same shape */
            children: unknown[];
        };
        OutlineResponse: {
            toc: {
                start: number;
                end: number;
                entries: {
                    /** @enum {string} */
                    kind: "chapter" | "section" | "part" | "subpart" | "item" | "box";
                    number: number;
                    title: string;
                    start: number;
                    end: number;
                }[];
            } | null;
            nodes: components["schemas"]["OutlineNodeResponse"][];
        };
        WithdrawPlanRequest: {
            reason: string;
        };
        ErrorBody: {
            error: {
                code: string;
                message: string;
                messages: components["schemas"]["LocalisedText"];
                field: string | null;
                details?: {
                    field: string | null;
                    code?: string;
                    messages: components["schemas"]["LocalisedText"];
                    sheet?: string;
                    row?: number;
                    column?: string;
                }[];
            };
        };
        AggregateInfo: {
            code: string;
            nameZh: string;
            nameEn: string;
            level: number;
        };
        /** @enum {string} */
        DataSource: "dataset" | "database";
        EvaluationNode: {
            code: string;
            nameZh: string;
            nameEn: string;
            /**
             * @default Indicator
             * @enum {string}
             */
            type?: "Indicator" | "Aggregate" | "Ratio" | "Group" | "Denominator" | "Other";
            level: number | null;
            parent: string | null;
            /** @default 1 */
            direction?: 1 | -1 | null;
            /** @default 1 */
            weight?: number | null;
            /** @default null */
            unit?: string | null;
            /** @default null */
            target?: number | null;
            /** @default null */
            denominator?: string | null;
            /** @default null */
            numerator?: string | null;
            /** @default null */
            indicatorCode?: string | null;
        };
        AnalysisBase: {
            year?: number;
            source?: components["schemas"]["DataSource"];
            nodes?: components["schemas"]["EvaluationNode"][];
            pipeline?: {
                [key: string]: unknown;
            };
        };
        RankInterval: {
            uCode: string;
            uName: string;
            nominal: number;
            median: number;
            mean: number;
            q5: number;
            q95: number;
            min: number;
            max: number;
        };
        UncertaintyResponse: {
            code: string;
            sample: boolean;
            source: components["schemas"]["DataSource"];
            time: number | null;
            years: number[];
            seed: number;
            replications: number;
            units: components["schemas"]["RankInterval"][];
        };
        UncertaintyJob: {
            id: string;
            code: string;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed" | "cancelled";
            progress: {
                done: number;
                total: number;
            };
            createdAt: string;
            finishedAt: string | null;
            expiresAt: string | null;
            error: {
                code: string;
                message: string;
                messages: components["schemas"]["LocalisedText"];
                field: string | null;
                details?: {
                    field: string | null;
                    code?: string;
                    messages: components["schemas"]["LocalisedText"];
                    sheet?: string;
                    row?: number;
                    column?: string;
                }[];
            } | null;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "uncertainty";
            result: components["schemas"]["UncertaintyResponse"] | null;
        };
        SensitivityResponse: {
            code: string;
            sample: boolean;
            source: components["schemas"]["DataSource"];
            time: number | null;
            years: number[];
            seed: number;
            indices: {
                name: string;
                si: number;
                sti: number;
                siQ5: number;
                siQ95: number;
                stiQ5: number;
                stiQ95: number;
            }[];
            drops: {
                code: string;
                nameZh: string;
                nameEn: string;
                level: number;
                meanRankShift: number;
            }[];
        };
        SensitivityJob: {
            id: string;
            code: string;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed" | "cancelled";
            progress: {
                done: number;
                total: number;
            };
            createdAt: string;
            finishedAt: string | null;
            expiresAt: string | null;
            error: {
                code: string;
                message: string;
                messages: components["schemas"]["LocalisedText"];
                field: string | null;
                details?: {
                    field: string | null;
                    code?: string;
                    messages: components["schemas"]["LocalisedText"];
                    sheet?: string;
                    row?: number;
                    column?: string;
                }[];
            } | null;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "sensitivity";
            result: components["schemas"]["SensitivityResponse"] | null;
        };
        AnalysisJob: components["schemas"]["UncertaintyJob"] | components["schemas"]["SensitivityJob"];
        RatioInfo: {
            code: string;
            nameZh: string;
            nameEn: string;
            numerator: string;
            denominator: string;
        };
        RankedUnit: {
            uCode: string;
            uName: string;
            score: number | null;
            rank: number | null;
            scores: {
                [key: string]: number | null;
            };
        };
        ComputeResponse: {
            code: string;
            sample: boolean;
            source: components["schemas"]["DataSource"];
            time: number | null;
            years: number[];
            root: string;
            aggregates: components["schemas"]["AggregateInfo"][];
            ratios: components["schemas"]["RatioInfo"][];
            units: components["schemas"]["RankedUnit"][];
            missing: {
                uCode: string;
                code: string;
            }[];
            screenedOut: {
                uCode: string;
                dataFraction: number;
            }[];
        };
        DatasetInfo: {
            id: number;
            /** @enum {string} */
            source: "sample" | "upload";
            sample: boolean;
            rowCount: number;
            createdAt: string;
        };
        ExplainRequest: {
            year?: number;
            source?: components["schemas"]["DataSource"];
            nodes?: components["schemas"]["EvaluationNode"][];
            pipeline?: {
                [key: string]: unknown;
            };
            unit: string;
            compareYear?: number;
        };
        ExplainResponse: {
            code: string;
            sample: boolean;
            source: components["schemas"]["DataSource"];
            time: number | null;
            years: number[];
            uCode: string;
            uName: string;
            score: number | null;
            rank: number | null;
            contributions: {
                code: string;
                level: number;
                share: number;
                value: number | null;
                contribution: number | null;
                nameZh: string;
                nameEn: string;
            }[];
            ratios: {
                code: string;
                nameZh: string;
                nameEn: string;
                numerator: string;
                denominator: string;
                value: number | null;
                numeratorValue: number | null;
                denominatorValue: number | null;
            }[];
            change: {
                time0: number;
                score0: number;
                score1: number;
                rank0: number;
                rank1: number;
                drivers: {
                    code: string;
                    level: number;
                    delta: number;
                    rankEffect: number;
                    nameZh: string;
                    nameEn: string;
                }[];
            } | null;
        };
        /** @enum {string} */
        ExportTable: "imeta" | "idata" | "pipeline" | "ranking";
        ImportIndexRequest: {
            code: string;
            nameZh: string;
            nameEn?: string;
            iData: string;
            iMeta: string;
            /** @default {} */
            pipeline?: {
                [key: string]: unknown;
            };
            /** @default false */
            sample?: boolean;
        };
        IndexDefinitionResponse: {
            code: string;
            nameZh: string;
            nameEn: string;
            placeKinds: string[];
            years: number[];
            dataSource: components["schemas"]["DataSource"];
            sample: boolean;
            template: boolean;
            indicatorCount: number;
            dimensionCount: number;
            updatedAt: string;
            placeCodes: string[] | null;
            nodes: components["schemas"]["EvaluationNode"][];
            pipeline: {
                [key: string]: unknown;
            };
            dataset: components["schemas"]["DatasetInfo"] | null;
        };
        IndexDefinitionSummary: {
            code: string;
            nameZh: string;
            nameEn: string;
            placeKinds: string[];
            years: number[];
            dataSource: components["schemas"]["DataSource"];
            sample: boolean;
            template: boolean;
            indicatorCount: number;
            dimensionCount: number;
            updatedAt: string;
        };
        SaveIndexDefinitionRequest: {
            code: string;
            nameZh: string;
            nameEn: string;
            /**
             * @default [
             *       "district",
             *       "county"
             *     ]
             */
            placeKinds?: string[];
            /** @default null */
            placeCodes?: string[] | null;
            years: number[];
            nodes: components["schemas"]["EvaluationNode"][];
            /** @default {} */
            pipeline?: {
                [key: string]: unknown;
            };
            dataSource?: components["schemas"]["DataSource"];
        };
        SensitivityRequest: {
            year?: number;
            source?: components["schemas"]["DataSource"];
            nodes?: components["schemas"]["EvaluationNode"][];
            pipeline?: {
                [key: string]: unknown;
            };
            /** @default 1 */
            seed?: number;
            /** @default 100 */
            n?: number;
            inputs?: {
                impute?: ({
                    /**
                     * @default mean
                     * @enum {string}
                     */
                    method?: "mean" | "median";
                    groupBy?: string;
                    /** @enum {string} */
                    panel?: "latest" | "constant" | "linear";
                } | null)[];
                winsorMaxPoints?: (number | null)[];
                normalise?: ({
                    /** @enum {string} */
                    method: "identity";
                } | {
                    /** @enum {string} */
                    method: "minmax";
                    /** @default 0 */
                    low?: number;
                    /** @default 100 */
                    high?: number;
                } | {
                    /** @enum {string} */
                    method: "zscore";
                    /** @default 0 */
                    mean?: number;
                    /** @default 1 */
                    sd?: number;
                } | {
                    /** @enum {string} */
                    method: "rank";
                } | {
                    /** @enum {string} */
                    method: "prank";
                } | {
                    /** @enum {string} */
                    method: "borda";
                } | {
                    /** @enum {string} */
                    method: "dist2max";
                } | {
                    /** @enum {string} */
                    method: "fracmax";
                } | {
                    /** @enum {string} */
                    method: "dist2ref";
                    reference: string;
                } | {
                    /** @enum {string} */
                    method: "dist2target";
                    /** @default true */
                    cap?: boolean;
                } | {
                    /** @enum {string} */
                    method: "goalposts";
                    goalposts: {
                        [key: string]: [
                            number,
                            number
                        ];
                    };
                    /** @default 100 */
                    scale?: number;
                } | {
                    /** @enum {string} */
                    method: "baseYear";
                    year: number;
                })[];
                weightNoise?: {
                    fraction: number;
                    levels?: number[];
                };
                aggregate?: ("arithmetic" | "geometric" | "harmonic" | "copeland")[];
            };
        };
        UncertaintyRequest: {
            year?: number;
            source?: components["schemas"]["DataSource"];
            nodes?: components["schemas"]["EvaluationNode"][];
            pipeline?: {
                [key: string]: unknown;
            };
            /** @default 1 */
            seed?: number;
            /** @default 500 */
            replications?: number;
            inputs?: {
                impute?: ({
                    /**
                     * @default mean
                     * @enum {string}
                     */
                    method?: "mean" | "median";
                    groupBy?: string;
                    /** @enum {string} */
                    panel?: "latest" | "constant" | "linear";
                } | null)[];
                winsorMaxPoints?: (number | null)[];
                normalise?: ({
                    /** @enum {string} */
                    method: "identity";
                } | {
                    /** @enum {string} */
                    method: "minmax";
                    /** @default 0 */
                    low?: number;
                    /** @default 100 */
                    high?: number;
                } | {
                    /** @enum {string} */
                    method: "zscore";
                    /** @default 0 */
                    mean?: number;
                    /** @default 1 */
                    sd?: number;
                } | {
                    /** @enum {string} */
                    method: "rank";
                } | {
                    /** @enum {string} */
                    method: "prank";
                } | {
                    /** @enum {string} */
                    method: "borda";
                } | {
                    /** @enum {string} */
                    method: "dist2max";
                } | {
                    /** @enum {string} */
                    method: "fracmax";
                } | {
                    /** @enum {string} */
                    method: "dist2ref";
                    reference: string;
                } | {
                    /** @enum {string} */
                    method: "dist2target";
                    /** @default true */
                    cap?: boolean;
                } | {
                    /** @enum {string} */
                    method: "goalposts";
                    goalposts: {
                        [key: string]: [
                            number,
                            number
                        ];
                    };
                    /** @default 100 */
                    scale?: number;
                } | {
                    /** @enum {string} */
                    method: "baseYear";
                    year: number;
                })[];
                weightNoise?: {
                    fraction: number;
                    levels?: number[];
                };
                aggregate?: ("arithmetic" | "geometric" | "harmonic" | "copeland")[];
            };
        };
        /** @enum {string} */
        TargetStatus: "achieved" | "on_track" | "at_risk" | "off_track" | "no_data";
        PlanDetail: {
            code: string;
            titleZh: string;
            titleEn: string;
            docNumber: string | null;
            issuer: string | null;
            issuedOn: string | null;
            publishedOn: string | null;
            periodStart: number;
            periodEnd: number;
            level: string;
            parentCode: string | null;
            placeCode: string | null;
            status: components["schemas"]["PlanStatus"];
            /** @enum {string} */
            documentKind: "plan" | "report";
            documentYear: number | null;
            targetCount: number;
            statusCounts: {
                achieved?: number;
                on_track?: number;
                at_risk?: number;
                off_track?: number;
                no_data?: number;
            };
            sourceFile: string | null;
            textLength: number;
        };
        PlanSummary: {
            code: string;
            titleZh: string;
            titleEn: string;
            docNumber: string | null;
            issuer: string | null;
            issuedOn: string | null;
            publishedOn: string | null;
            periodStart: number;
            periodEnd: number;
            level: string;
            parentCode: string | null;
            placeCode: string | null;
            status: components["schemas"]["PlanStatus"];
            /** @enum {string} */
            documentKind: "plan" | "report";
            documentYear: number | null;
            targetCount: number;
            statusCounts: {
                achieved?: number;
                on_track?: number;
                at_risk?: number;
                off_track?: number;
                no_data?: number;
            };
        };
        SetTargetBaselineRequest: {
            value: number;
            year: number;
            reason?: string;
        };
        SourceRef: {
            file: string | null;
            start: number;
            end: number;
            quote: string;
        };
        TargetBaselineResponse: {
            targetId: number;
            baseline: {
                value: number;
                year: number;
            };
            previous: {
                value: number;
                year: number;
            } | null;
        };
        TargetProgress: {
            indicator: string;
            unit: string;
            baseline: {
                value: number;
                year: number;
            } | null;
            target: {
                value: number;
                valueMax: number | null;
                year: number;
                /** @enum {string} */
                comparator: ">=" | ">" | "=" | "<=" | "<";
                /** @enum {string} */
                kind: "level" | "growth" | "multiple" | "increment";
            };
            latest: {
                value: number;
                year: number;
            } | null;
            status: components["schemas"]["TargetStatus"];
            requiredAnnualGrowth: number | null;
            realisedAnnualGrowth: number | null;
            projection: number | null;
            targetId: number;
            indicatorCode: string;
            indicatorEn: string;
            placeCode: string;
            displayUnit: string;
            displayScale: number;
            decimals: number;
            /** @enum {string|null} */
            attribute: "expected" | "binding" | null;
            /** @enum {string|null} */
            growthBasis: "compound" | "linear" | null;
            completion: number | null;
            targetLevel: number | null;
            observations: {
                value: number;
                year: number;
            }[];
            path: {
                value: number;
                year: number;
            }[];
            source: components["schemas"]["SourceRef"] | null;
            /** @enum {string} */
            reason: "no_observation" | "no_target_level" | "no_trend" | "target_met" | "deadline_missed" | "trend";
            needsBaseline: boolean;
            projectedCompletion: number | null;
            realisedVsRequired: number | null;
            realisedRange: {
                low: number;
                high: number;
            } | null;
            projectionRange: {
                low: number;
                high: number;
            } | null;
            projectionFlags: ("short_series" | "volatile" | "far_extrapolation")[];
        };
        ApproveRequest: {
            version: number;
            comment?: string;
        };
        /** @enum {string} */
        SubmissionState: "draft" | "submitted" | "approved" | "cancelled";
        SubmissionResponse: {
            id: number;
            roundId: number | null;
            indicatorCode: string;
            placeCode: string;
            bodyCode: string | null;
            period: string;
            /** @enum {string} */
            action: "set" | "withdraw";
            value: number | null;
            displayValue: number | null;
            displayUnit: string;
            note: string | null;
            explanation: string | null;
            state: components["schemas"]["SubmissionState"];
            returned: {
                by: string;
                at: string;
                comment: string;
            } | null;
            version: number;
            dataValueId: number | null;
            createdBy: string;
            createdAt: string;
            updatedBy: string;
            updatedAt: string;
            submittedBy: string | null;
            submittedAt: string | null;
            decidedBy: string | null;
            decidedAt: string | null;
        };
        Assignment: {
            indicatorCode: string;
            indicatorNameZh: string;
            indicatorNameEn: string;
            placeCode: string;
            placeNameZh: string;
            placeNameEn: string;
            bodyCode: string | null;
            period: string;
            displayUnit: string;
            decimals: number;
            previous: {
                period: string;
                value: number;
            } | null;
            approved: {
                id: number;
                value: number;
            } | null;
            submission: components["schemas"]["SubmissionResponse"] | null;
        };
        BatchResponse: {
            batchId: number | null;
            rows: number;
            created: number;
            replaced: number;
            unchanged: number;
        };
        CreateRoundRequest: {
            title: string;
            period: string;
            /** Format: date */
            dueOn: string;
            indicatorCodes: string[];
            units: {
                /** @enum {string} */
                kind: "place" | "body";
                code: string;
            }[];
            note?: string;
        };
        DraftEntry: {
            indicatorCode: string;
            placeCode: string;
            bodyCode?: string | null;
            value: number;
            unit?: string;
            note?: string;
            explanation?: string;
        };
        ReturnRequest: {
            version: number;
            comment: string;
        };
        RollupResponse: {
            indicatorCode: string;
            period: string;
            rows: {
                placeCode: string;
                placeNameZh: string;
                sum: number | null;
                reported: number | null;
                difference: number | null;
                relativeDifference: number | null;
                childCount: number;
                childrenReporting: number;
                missing: string[];
                complete: boolean;
            }[];
        };
        /** @enum {string} */
        RoundStatus: "open" | "closed";
        RoundIndicator: {
            code: string;
            nameZh: string;
            nameEn: string;
            unit: string;
            displayUnit: string;
            decimals: number;
        };
        RoundUnit: {
            /** @enum {string} */
            kind: "place" | "body";
            code: string;
            nameZh: string;
            nameEn: string;
            placeCode: string;
        };
        RoundDetail: {
            id: number;
            title: string;
            period: string;
            dueOn: string;
            status: components["schemas"]["RoundStatus"];
            publishedAt: string | null;
            indicatorCount: number;
            unitCount: number;
            note: string | null;
            createdBy: string;
            createdAt: string;
            indicators: components["schemas"]["RoundIndicator"][];
            units: components["schemas"]["RoundUnit"][];
        };
        RoundSummary: {
            id: number;
            title: string;
            period: string;
            dueOn: string;
            status: components["schemas"]["RoundStatus"];
            publishedAt: string | null;
            indicatorCount: number;
            unitCount: number;
            note: string | null;
            createdBy: string;
            createdAt: string;
        };
        UnitProgress: {
            /** @enum {string} */
            kind: "place" | "body";
            code: string;
            nameZh: string;
            nameEn: string;
            expected: number;
            draft: number;
            returned: number;
            submitted: number;
            approved: number;
            missing: number;
            completeness: number;
            lastSubmittedAt: string | null;
            late: boolean;
        };
        RoundOverview: {
            round: components["schemas"]["RoundSummary"];
            asOf: string;
            totals: {
                expected: number;
                draft: number;
                returned: number;
                submitted: number;
                approved: number;
                missing: number;
                completeness: number;
            };
            units: components["schemas"]["UnitProgress"][];
            reminders: {
                /** @enum {string} */
                kind: "place" | "body";
                code: string;
                nameZh: string;
                nameEn: string;
                outstanding: number;
                daysOverdue: number;
            }[];
        };
        SaveDraftsRequest: {
            entries: components["schemas"]["DraftEntry"][];
        };
        SubmitRequest: {
            ids?: number[];
        };
        UpdateRoundRequest: {
            title?: string;
            /** Format: date */
            dueOn?: string;
            status?: components["schemas"]["RoundStatus"];
            note?: string;
            reason?: string;
        };
        WithdrawRequest: {
            reason: string;
        };
        ClassifyDocumentRequest: {
            /** @enum {string} */
            kind: "plan" | "report";
            year: number | null;
        };
        DecisionResponse: {
            id: number;
            statementId: number | null;
            action: string;
            before?: unknown;
            after?: unknown;
            decidedBy: string;
            decidedAt: string;
        };
        ClassifyDocumentResponse: {
            /** @enum {string} */
            documentKind: "plan" | "report";
            documentYear: number | null;
            periodStart: number;
            periodEnd: number;
            movedStatements: {
                id: number;
                from: number | null;
                to: number | null;
            }[];
            decision: components["schemas"]["DecisionResponse"];
        };
        CompleteReviewRequest: {
            /** @enum {boolean} */
            confirm: true;
            /** @enum {string} */
            closePending?: "reject";
        };
        NewIndicator: {
            code: string;
            nameZh: string;
            nameEn: string;
            unit: string;
            /** @enum {string} */
            measure: "count" | "amount" | "share" | "rate" | "ratio";
        };
        StatementChanges: {
            value?: number;
            valueMax?: number | null;
            unit?: string;
            year?: number;
            /** @enum {string} */
            comparator?: ">=" | ">" | "=" | "<=" | "<";
            /** @enum {string} */
            kind?: "level" | "growth" | "multiple" | "increment";
        };
        ReviewAction: {
            /** @enum {string} */
            action: "edit";
            changes: components["schemas"]["StatementChanges"];
        } | {
            /** @enum {string} */
            action: "accept";
            changes?: components["schemas"]["StatementChanges"];
            indicatorCode?: string;
            placeCode?: string;
        } | {
            /** @enum {string} */
            action: "reject";
        } | {
            /** @enum {string} */
            action: "merge";
            into: number;
        } | {
            /** @enum {string} */
            action: "link";
            indicatorCode: string;
            placeCode?: string;
        } | {
            /** @enum {string} */
            action: "create_indicator";
            indicator: components["schemas"]["NewIndicator"];
        };
        /** @enum {string} */
        StatementState: "pending" | "accepted" | "rejected" | "merged";
        StatementResponse: {
            id: number;
            position: number;
            /** @enum {string} */
            type: "target" | "actual";
            start: number;
            end: number;
            quote: string;
            value: number;
            valueMax: number | null;
            unit: string;
            /** @enum {string} */
            comparator: ">=" | ">" | "=" | "<=" | "<";
            /** @enum {string} */
            kind: "level" | "growth" | "multiple" | "increment";
            year: number | null;
            perYear: boolean;
            cumulative: boolean;
            baselineValue: number | null;
            baselineYear: number | null;
            scope: string | null;
            indicatorText: string;
            state: components["schemas"]["StatementState"];
            mergedInto: number | null;
            indicatorCode: string | null;
            placeCode: string | null;
            targetId: number | null;
            dataValueId: number | null;
        };
        ReviewActionResponse: {
            statement: components["schemas"]["StatementResponse"];
            decision: components["schemas"]["DecisionResponse"];
        };
        ReviewResponse: {
            plan: {
                code: string;
                titleZh: string;
                titleEn: string;
                status: components["schemas"]["PlanStatus"];
                periodStart: number;
                periodEnd: number;
                placeCode: string | null;
                /** @enum {string} */
                documentKind: "plan" | "report";
                documentYear: number | null;
            };
            file: string | null;
            text: string;
            outline: components["schemas"]["OutlineResponse"] | null;
            statements: components["schemas"]["StatementResponse"][];
        };
        CreateDataValueRequest: {
            indicatorCode: string;
            /** @default 500000 */
            placeCode?: string;
            period: string;
            value: number;
            note?: string;
            explanation?: string;
        };
        /** @enum {string} */
        DataValueStatus: "approved" | "withdrawn";
        DataValueSource: {
            /** @enum {string} */
            kind: "document" | "import" | "person" | "registry";
            ref: string | null;
            start: number | null;
            end: number | null;
            quote: string | null;
        };
        DataValueResponse: {
            id: number;
            indicatorCode: string;
            placeCode: string;
            period: string;
            value: number;
            status: components["schemas"]["DataValueStatus"];
            source: components["schemas"]["DataValueSource"];
            note: string | null;
            updatedAt: string;
            roundId: number | null;
            approvedBy: string | null;
            approvedAt: string | null;
            publishedAt: string | null;
        };
        DataValueRevision: {
            revision: number;
            value: number;
            status: components["schemas"]["DataValueStatus"];
            source: components["schemas"]["DataValueSource"];
            changedBy: string | null;
            changedAt: string;
            note: string | null;
            reason: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session, or nulls when signed out */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many attempts; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Items per page (default 100, at most 1000). */
                limit?: number;
                /** @description Where the page starts: the X-Next-Cursor of the previous page. Opaque; a malformed cursor gets 400 naming `cursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accounts, oldest first. One page: the next page's cursor is in X-Next-Cursor and Link rel="next", both absent on the last page. */
            200: {
                headers: {
                    /** @description Cursor of the next page (pass it as `cursor`); absent on the last page. */
                    "X-Next-Cursor"?: string;
                    /** @description The next page's URL, as `<…>; rel="next"`; absent on the last page. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"][];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Signed in, but the role or scope does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflicts with the stored state (taken code, stale version, closed or finished thing) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                entity?: "value" | "submission" | "target" | "plan" | "statement" | "account" | "round" | "import" | "task" | "enterprise";
                entityId?: string;
                limit?: number;
                before?: number;
                /** @description Where the page starts: the X-Next-Cursor of the previous page. Opaque; a malformed cursor gets 400 naming `cursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. One page: the next page's cursor is in X-Next-Cursor and Link rel="next", both absent on the last page. */
            200: {
                headers: {
                    /** @description Cursor of the next page (pass it as `cursor`); absent on the last page. */
                    "X-Next-Cursor"?: string;
                    /** @description The next page's URL, as `<…>; rel="next"`; absent on the last page. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntry"][];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listRounds: {
        parameters: {
            query?: {
                /** @description Items per page (default 100, at most 1000). */
                limit?: number;
                /** @description Where the page starts: the X-Next-Cursor of the previous page. Opaque; a malformed cursor gets 400 naming `cursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. One page: the next page's cursor is in X-Next-Cursor and Link rel="next", both absent on the last page. */
            200: {
                headers: {
                    /** @description Cursor of the next page (pass it as `cursor`); absent on the last page. */
                    "X-Next-Cursor"?: string;
                    /** @description The next page's URL, as `<…>; rel="next"`; absent on the last page. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundSummary"][];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createRound: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoundRequest"];
            };
        };
        responses: {
            /** @description Opened */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundDetail"];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The round */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundDetail"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRoundRequest"];
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundDetail"];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    publishRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundDetail"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflicts with the stored state (taken code, stale version, closed or finished thing) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getRoundOverview: {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per place or body */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundOverview"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportRoundOverview: {
        parameters: {
            query?: {
                /** @description xlsx (default) or csv (UTF-8 with byte-order mark) */
                format?: "xlsx" | "csv";
                /** @description language of headers and words; default: Accept-Language, else zh */
                lang?: "zh" | "en";
                asOf?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table as a file (Content-Disposition: attachment, with the file name) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listRoundAssignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One row per indicator and place or body in my scope */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assignment"][];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    saveRoundDrafts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveDraftsRequest"];
            };
        };
        responses: {
            /** @description Saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchResponse"];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Someone else acted first (stale version), or the figure is not in a state for this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    downloadRoundTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    uploadRoundFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** @description the file: .xlsx or .csv */
                    file?: unknown;
                };
                "application/json": {
                    fileName: string;
                    contentBase64: string;
                };
            };
        };
        responses: {
            /** @description Saved as drafts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchResponse"];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Someone else acted first (stale version), or the figure is not in a state for this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    importValues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** @description the file: .xlsx or .csv */
                    file?: unknown;
                };
                "application/json": {
                    fileName: string;
                    contentBase64: string;
                };
            };
        };
        responses: {
            /** @description Imported */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchResponse"];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    submitRoundDrafts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitRequest"];
            };
        };
        responses: {
            /** @description Submitted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionResponse"][];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Someone else acted first (stale version), or the figure is not in a state for this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listSubmissions: {
        parameters: {
            query?: {
                round?: number;
                state?: components["schemas"]["SubmissionState"];
                place?: string;
                limit?: number;
                /** @description Where the page starts: the X-Next-Cursor of the previous page. Opaque; a malformed cursor gets 400 naming `cursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching submissions by indicator, place, period. One page: the next page's cursor is in X-Next-Cursor and Link rel="next", both absent on the last page. */
            200: {
                headers: {
                    /** @description Cursor of the next page (pass it as `cursor`); absent on the last page. */
                    "X-Next-Cursor"?: string;
                    /** @description The next page's URL, as `<…>; rel="next"`; absent on the last page. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionResponse"][];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    approveSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveRequest"];
            };
        };
        responses: {
            /** @description Approved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionResponse"];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Someone else acted first (stale version), or the figure is not in a state for this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    returnSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnRequest"];
            };
        };
        responses: {
            /** @description Back to draft */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionResponse"];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Someone else acted first (stale version), or the figure is not in a state for this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    withdrawValue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawRequest"];
            };
        };
        responses: {
            /** @description Withdrawn, or the request submitted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        submission: components["schemas"]["SubmissionResponse"] | null;
                        withdrawn: boolean;
                    };
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Someone else acted first (stale version), or the figure is not in a state for this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getRollup: {
        parameters: {
            query: {
                indicator: string;
                period: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One row per parent place */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RollupResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listPlans: {
        parameters: {
            query?: {
                /** @description Items per page (default 100, at most 1000). */
                limit?: number;
                /** @description Where the page starts: the X-Next-Cursor of the previous page. Opaque; a malformed cursor gets 400 naming `cursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Plans with their targets' status counts. One page: the next page's cursor is in X-Next-Cursor and Link rel="next", both absent on the last page. */
            200: {
                headers: {
                    /** @description Cursor of the next page (pass it as `cursor`); absent on the last page. */
                    "X-Next-Cursor"?: string;
                    /** @description The next page's URL, as `<…>; rel="next"`; absent on the last page. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanSummary"][];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDetail"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getPlanText: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Source text */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        file: string | null;
                        text: string;
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getPlanProgress: {
        parameters: {
            query?: {
                asOf?: number;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One entry per target */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetProgress"][];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportPlanProgress: {
        parameters: {
            query?: {
                /** @description xlsx (default) or csv (UTF-8 with byte-order mark) */
                format?: "xlsx" | "csv";
                /** @description language of headers and words; default: Accept-Language, else zh */
                lang?: "zh" | "en";
                asOf?: number;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table as a file (Content-Disposition: attachment, with the file name) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    withdrawPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawPlanRequest"];
            };
        };
        responses: {
            /** @description Withdrawn */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        /** @enum {string} */
                        status: "withdrawn";
                    };
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflicts with the stored state (taken code, stale version, closed or finished thing) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    setTargetBaseline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetTargetBaselineRequest"];
            };
        };
        responses: {
            /** @description The baseline stored, and the one it replaced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetBaselineResponse"];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getPlanReport: {
        parameters: {
            query?: {
                date?: string;
                lang?: "zh" | "en";
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report model */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        planCode: string;
                        /** @enum {string} */
                        kind: "final" | "midterm";
                        date: string;
                        /** @enum {string} */
                        lang: "zh" | "en";
                        title: string;
                        docNumberLine: string;
                        issuer: string | null;
                        blocks: ({
                            /** @enum {string} */
                            type: "heading";
                            level: 1 | 2 | 3;
                            text: string;
                        } | {
                            /** @enum {string} */
                            type: "paragraph";
                            sentences: {
                                id: string;
                                text: string;
                            }[];
                        } | {
                            /** @enum {string} */
                            type: "table";
                            id: string;
                            caption: string;
                            columns: string[];
                            rows: string[][];
                            widths: number[];
                        } | {
                            /** @enum {string} */
                            type: "chart";
                            caption: string;
                            target: {
                                targetId: number;
                                indicator: string;
                                indicatorEn: string;
                                unit: string;
                                displayUnit: string;
                                displayScale: number;
                                decimals: number;
                                placeCode: string;
                                /** @enum {string|null} */
                                attribute: "expected" | "binding" | null;
                                baseline: {
                                    year: number;
                                    value: number;
                                } | null;
                                target: {
                                    value: number;
                                    valueMax: number | null;
                                    year: number;
                                    /** @enum {string} */
                                    comparator: ">=" | ">" | "=" | "<=" | "<";
                                    /** @enum {string} */
                                    kind: "level" | "growth" | "multiple" | "increment";
                                };
                                latest: {
                                    year: number;
                                    value: number;
                                } | null;
                                /** @enum {string} */
                                status: "achieved" | "on_track" | "at_risk" | "off_track" | "no_data";
                                /** @enum {string} */
                                reason?: "no_observation" | "no_target_level" | "no_trend" | "target_met" | "deadline_missed" | "trend";
                                requiredAnnualGrowth: number | null;
                                realisedAnnualGrowth: number | null;
                                projection: number | null;
                                /** @enum {string|null} */
                                growthBasis: "compound" | "linear" | null;
                                completion: number | null;
                                /** @default null */
                                realisedVsRequired?: number | null;
                                targetLevel: number | null;
                                observations: {
                                    year: number;
                                    value: number;
                                }[];
                                path: {
                                    year: number;
                                    value: number;
                                }[];
                                source: {
                                    file: string | null;
                                    start: number;
                                    end: number;
                                    quote: string;
                                } | null;
                            };
                        })[];
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportPlanReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                format: "docx" | "pdf";
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    date?: string;
                    /** @enum {string} */
                    lang?: "zh" | "en";
                    edits?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description The report file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/pdf": string;
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listIndicators: {
        parameters: {
            query?: {
                /** @description Items per page (default 100, at most 1000). */
                limit?: number;
                /** @description Where the page starts: the X-Next-Cursor of the previous page. Opaque; a malformed cursor gets 400 naming `cursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Indicators by code. One page: the next page's cursor is in X-Next-Cursor and Link rel="next", both absent on the last page. */
            200: {
                headers: {
                    /** @description Cursor of the next page (pass it as `cursor`); absent on the last page. */
                    "X-Next-Cursor"?: string;
                    /** @description The next page's URL, as `<…>; rel="next"`; absent on the last page. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorResponse"][];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The indicator */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listPlaces: {
        parameters: {
            query?: {
                /** @description Items per page (default 100, at most 1000). */
                limit?: number;
                /** @description Where the page starts: the X-Next-Cursor of the previous page. Opaque; a malformed cursor gets 400 naming `cursor`. */
                cursor?: string;
                kind?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Places with their groupings, by code. One page: the next page's cursor is in X-Next-Cursor and Link rel="next", both absent on the last page. */
            200: {
                headers: {
                    /** @description Cursor of the next page (pass it as `cursor`); absent on the last page. */
                    "X-Next-Cursor"?: string;
                    /** @description The next page's URL, as `<…>; rel="next"`; absent on the last page. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaceResponse"][];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listBodies: {
        parameters: {
            query?: {
                /** @description Items per page (default 100, at most 1000). */
                limit?: number;
                /** @description Where the page starts: the X-Next-Cursor of the previous page. Opaque; a malformed cursor gets 400 naming `cursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bodies by code. One page: the next page's cursor is in X-Next-Cursor and Link rel="next", both absent on the last page. */
            200: {
                headers: {
                    /** @description Cursor of the next page (pass it as `cursor`); absent on the last page. */
                    "X-Next-Cursor"?: string;
                    /** @description The next page's URL, as `<…>; rel="next"`; absent on the last page. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BodyResponse"][];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listValues: {
        parameters: {
            query?: {
                indicator?: string;
                place?: string;
                period?: string;
                status?: "approved" | "withdrawn";
                limit?: number;
                offset?: number | null;
                /** @description Where the page starts: the X-Next-Cursor of the previous page. Opaque; a malformed cursor gets 400 naming `cursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching values. One page: the next page's cursor is in X-Next-Cursor and Link rel="next", both absent on the last page. */
            200: {
                headers: {
                    /** @description Cursor of the next page (pass it as `cursor`); absent on the last page. */
                    "X-Next-Cursor"?: string;
                    /** @description The next page's URL, as `<…>; rel="next"`; absent on the last page. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataValueResponse"][];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createValue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDataValueRequest"];
            };
        };
        responses: {
            /** @description Stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataValueResponse"];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getValueHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revisions, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataValueRevision"][];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    importDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ImportDocumentJson"];
                "multipart/form-data": components["schemas"]["ImportDocumentForm"];
            };
        };
        responses: {
            /** @description The plan created, pending review */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportDocumentResponse"];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Plan code already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getPlanOutline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 章/节/（一）/1./专栏 tree with spans; null when the plan has no stored outline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutlineResponse"] | null;
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getPlanReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the review screen shows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportPlanReview: {
        parameters: {
            query?: {
                /** @description xlsx (default) or csv (UTF-8 with byte-order mark) */
                format?: "xlsx" | "csv";
                /** @description language of headers and words; default: Accept-Language, else zh */
                lang?: "zh" | "en";
                state?: components["schemas"]["StatementState"];
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table as a file (Content-Disposition: attachment, with the file name) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listPlanDecisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Decisions, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionResponse"][];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    decideStatement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewAction"];
            };
        };
        responses: {
            /** @description The statement after the decision, and the decision recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewActionResponse"];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Indicator code already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    completePlanReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteReviewRequest"];
            };
        };
        responses: {
            /** @description The decision recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionResponse"];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Statements still pending */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    classifyPlanDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClassifyDocumentRequest"];
            };
        };
        responses: {
            /** @description The document's kind and year after the correction */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassifyDocumentResponse"];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Plan withdrawn */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getPlanAlignment: {
        parameters: {
            query: {
                with: string;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Target pairs by shared indicator */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlignmentResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listIndices: {
        parameters: {
            query?: {
                /** @description Items per page (default 100, at most 1000). */
                limit?: number;
                /** @description Where the page starts: the X-Next-Cursor of the previous page. Opaque; a malformed cursor gets 400 naming `cursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Definitions, templates first. One page: the next page's cursor is in X-Next-Cursor and Link rel="next", both absent on the last page. */
            200: {
                headers: {
                    /** @description Cursor of the next page (pass it as `cursor`); absent on the last page. */
                    "X-Next-Cursor"?: string;
                    /** @description The next page's URL, as `<…>; rel="next"`; absent on the last page. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndexDefinitionSummary"][];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createIndex: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveIndexDefinitionRequest"];
            };
        };
        responses: {
            /** @description Stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndexDefinitionResponse"];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Code taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    importIndex: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportIndexRequest"];
            };
        };
        responses: {
            /** @description Stored with its data table */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndexDefinitionResponse"];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Code taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getIndex: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The definition */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndexDefinitionResponse"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateIndex: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveIndexDefinitionRequest"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndexDefinitionResponse"];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportIndex: {
        parameters: {
            query: {
                table: components["schemas"]["ExportTable"];
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    computeIndexRanking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnalysisBase"];
            };
        };
        responses: {
            /** @description Ranked places */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeResponse"];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    computeIndexUncertainty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UncertaintyRequest"];
            };
        };
        responses: {
            /** @description Rank statistics per place */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UncertaintyResponse"];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many analyses running or waiting (KECHUANG_MAX_ANALYSES); try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    computeIndexSensitivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SensitivityRequest"];
            };
        };
        responses: {
            /** @description Indices and drop effects */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SensitivityResponse"];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many analyses running or waiting (KECHUANG_MAX_ANALYSES); try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    startIndexUncertaintyJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UncertaintyRequest"];
            };
        };
        responses: {
            /** @description Job started; `Location` is where to read it */
            202: {
                headers: {
                    /** @description /api/analysis-jobs/{id} */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UncertaintyJob"];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many analyses running or waiting (KECHUANG_MAX_ANALYSES); try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    startIndexSensitivityJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SensitivityRequest"];
            };
        };
        responses: {
            /** @description Job started; `Location` is where to read it */
            202: {
                headers: {
                    /** @description /api/analysis-jobs/{id} */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SensitivityJob"];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many analyses running or waiting (KECHUANG_MAX_ANALYSES); try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAnalysisJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalysisJob"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    cancelAnalysisJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job after cancelling */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalysisJob"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportIndexRanking: {
        parameters: {
            query?: {
                /** @description xlsx (default) or csv (UTF-8 with byte-order mark) */
                format?: "xlsx" | "csv";
                /** @description language of headers and words; default: Accept-Language, else zh */
                lang?: "zh" | "en";
                year?: number;
                source?: components["schemas"]["DataSource"];
                replications?: number | null;
                seed?: number | null;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table as a file (Content-Disposition: attachment, with the file name) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many analyses running or waiting (KECHUANG_MAX_ANALYSES); try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportIndexRankingDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    year?: number;
                    source?: components["schemas"]["DataSource"];
                    nodes?: components["schemas"]["EvaluationNode"][];
                    pipeline?: {
                        [key: string]: unknown;
                    };
                    /**
                     * @description xlsx (default) or csv (UTF-8 with byte-order mark)
                     * @default xlsx
                     * @enum {string}
                     */
                    format?: "xlsx" | "csv";
                    /**
                     * @description language of headers and words; default: Accept-Language, else zh
                     * @enum {string}
                     */
                    lang?: "zh" | "en";
                    /** @default 200 */
                    replications?: number;
                    /** @default 1 */
                    seed?: number;
                };
            };
        };
        responses: {
            /** @description The table as a file (Content-Disposition: attachment, with the file name) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many analyses running or waiting (KECHUANG_MAX_ANALYSES); try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    explainIndexScore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExplainRequest"];
            };
        };
        responses: {
            /** @description Contributions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExplainResponse"];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listEnterprises: {
        parameters: {
            query?: {
                /** @description Part of the name or credit code */
                q?: string;
                /** @description A district's or zone's code; the city 500000 for all */
                place?: string;
                /** @description Only enterprises holding this status today */
                status?: "cq-tech" | "tech-sme" | "high-tech" | "specialised" | "little-giant" | "star-market";
                /** @description Items per page (default 100, at most 1000). */
                limit?: number;
                /** @description Where the page starts: the X-Next-Cursor of the previous page. Opaque; a malformed cursor gets 400 naming `cursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of enterprises. One page: the next page's cursor is in X-Next-Cursor and Link rel="next", both absent on the last page. */
            200: {
                headers: {
                    /** @description Cursor of the next page (pass it as `cursor`); absent on the last page. */
                    "X-Next-Cursor"?: string;
                    /** @description The next page's URL, as `<…>; rel="next"`; absent on the last page. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        creditCode: string;
                        name: string;
                        placeCode: string;
                        zoneCode: string | null;
                        park: string | null;
                        industryCode: string | null;
                        sample: boolean;
                        holds: ("cq-tech" | "tech-sme" | "high-tech" | "specialised" | "little-giant" | "star-market")[];
                    }[];
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Signed in, but the role or scope does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getEnterpriseFunnel: {
        parameters: {
            query?: {
                place?: string;
                on?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The funnel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        placeCode: string;
                        on: string;
                        counts: {
                            year: number;
                            kind: string;
                            real: number;
                            sample: number;
                        }[];
                        targets: {
                            planCode: string;
                            indicatorCode: string;
                            kind: string;
                            comparator: string;
                            value: number;
                            targetYear: number;
                        }[];
                        figures: {
                            indicatorCode: string;
                            period: string;
                            reported: number | null;
                            registry: number | null;
                            difference: number | null;
                            sampleRegistry: number | null;
                        }[];
                        snapshots: {
                            id: number;
                            takenOn: string;
                            sample: boolean;
                            enterprises: number;
                        }[];
                        lapsing: {
                            creditCode: string;
                            name: string;
                            reference: string | null;
                            validTo: string;
                            sample: boolean;
                        }[];
                        pool: {
                            techSme: {
                                creditCode: string;
                                name: string;
                                sample: boolean;
                                gapNow: number;
                                summaryNow: components["schemas"]["LocalisedText"];
                                summaryNext: components["schemas"]["LocalisedText"];
                            }[];
                            highTech: {
                                creditCode: string;
                                name: string;
                                sample: boolean;
                                gapNow: number;
                                summaryNow: components["schemas"]["LocalisedText"];
                                summaryNext: components["schemas"]["LocalisedText"];
                            }[];
                        };
                    };
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Signed in, but the role or scope does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getEnterprise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The enterprise */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        creditCode: string;
                        name: string;
                        placeCode: string;
                        zoneCode: string | null;
                        park: string | null;
                        industryCode: string | null;
                        sample: boolean;
                        holds: ("cq-tech" | "tech-sme" | "high-tech" | "specialised" | "little-giant" | "star-market")[];
                        registeredOn: string | null;
                        years: {
                            year: number;
                            staff?: number | null;
                            sciTechStaff?: number | null;
                            rdExpense?: number | null;
                            rdDomestic?: number | null;
                            salesRevenue?: number | null;
                            highTechRevenue?: number | null;
                            totalRevenue?: number | null;
                            totalCost?: number | null;
                            totalAssets?: number | null;
                            netAssets?: number | null;
                            ip?: {
                                invention?: number;
                                plantVariety?: number;
                                cropVariety?: number;
                                newDrug?: number;
                                tcmProtection?: number;
                                icLayout?: number;
                                utilityModel?: number;
                                design?: number;
                                software?: number;
                            } | null;
                            standardsLed?: number | null;
                            transformations?: number | null;
                        }[];
                        statuses: {
                            /** @enum {string} */
                            kind: "cq-tech" | "tech-sme" | "high-tech" | "specialised" | "little-giant" | "star-market";
                            reference: string | null;
                            validFrom: string;
                            validTo: string | null;
                        }[];
                        assessments: {
                            techSme: {
                                /** @enum {string} */
                                pack: "tech-sme" | "high-tech";
                                version: string;
                                documents: {
                                    number: string;
                                    title: string;
                                }[];
                                year: number;
                                /** @enum {string} */
                                verdict: "pass" | "fail" | "unknown";
                                /** @enum {string} */
                                computedVerdict: "pass" | "fail" | "unknown";
                                score: {
                                    min: number;
                                    max: number;
                                } | null;
                                scoreMax: number;
                                passMark: components["schemas"]["LocalisedText"] | null;
                                conditions: {
                                    id: string;
                                    label: components["schemas"]["LocalisedText"];
                                    /** @enum {string} */
                                    verdict: "pass" | "fail" | "unknown";
                                    figures: {
                                        [key: string]: number | boolean | null;
                                    };
                                    explanation: components["schemas"]["LocalisedText"];
                                    toChange?: components["schemas"]["LocalisedText"];
                                    judged: boolean;
                                    clause: string;
                                }[];
                                items: {
                                    id: string;
                                    label: components["schemas"]["LocalisedText"];
                                    max: number;
                                    min: number;
                                    points: {
                                        min: number;
                                        max: number;
                                    };
                                    band?: string;
                                    figures: {
                                        [key: string]: number | boolean | null;
                                    };
                                    explanation: components["schemas"]["LocalisedText"];
                                    toChange?: components["schemas"]["LocalisedText"];
                                    judged: boolean;
                                    clause: string;
                                }[];
                                judgedParts: string[];
                                summary: components["schemas"]["LocalisedText"];
                                cautions: components["schemas"]["LocalisedText"][];
                            } | null;
                            highTech: {
                                /** @enum {string} */
                                pack: "tech-sme" | "high-tech";
                                version: string;
                                documents: {
                                    number: string;
                                    title: string;
                                }[];
                                year: number;
                                /** @enum {string} */
                                verdict: "pass" | "fail" | "unknown";
                                /** @enum {string} */
                                computedVerdict: "pass" | "fail" | "unknown";
                                score: {
                                    min: number;
                                    max: number;
                                } | null;
                                scoreMax: number;
                                passMark: components["schemas"]["LocalisedText"] | null;
                                conditions: {
                                    id: string;
                                    label: components["schemas"]["LocalisedText"];
                                    /** @enum {string} */
                                    verdict: "pass" | "fail" | "unknown";
                                    figures: {
                                        [key: string]: number | boolean | null;
                                    };
                                    explanation: components["schemas"]["LocalisedText"];
                                    toChange?: components["schemas"]["LocalisedText"];
                                    judged: boolean;
                                    clause: string;
                                }[];
                                items: {
                                    id: string;
                                    label: components["schemas"]["LocalisedText"];
                                    max: number;
                                    min: number;
                                    points: {
                                        min: number;
                                        max: number;
                                    };
                                    band?: string;
                                    figures: {
                                        [key: string]: number | boolean | null;
                                    };
                                    explanation: components["schemas"]["LocalisedText"];
                                    toChange?: components["schemas"]["LocalisedText"];
                                    judged: boolean;
                                    clause: string;
                                }[];
                                judgedParts: string[];
                                summary: components["schemas"]["LocalisedText"];
                                cautions: components["schemas"]["LocalisedText"][];
                            } | null;
                        };
                        history: {
                            at: string;
                            actor: string;
                            action: string;
                            reason: string | null;
                        }[];
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Signed in, but the role or scope does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    importEnterprises: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** @description the file: .xlsx or .csv */
                    file?: unknown;
                };
                "application/json": {
                    fileName: string;
                    contentBase64: string;
                };
            };
        };
        responses: {
            /** @description Imported */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        batchId: number;
                        rows: number;
                        enterprises: number;
                        created: number;
                        updated: number;
                    };
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Signed in, but the role or scope does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    assessEnterprise: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    pack: "tech-sme" | "high-tech";
                    years: {
                        year: number;
                        staff?: number | null;
                        sciTechStaff?: number | null;
                        rdExpense?: number | null;
                        rdDomestic?: number | null;
                        salesRevenue?: number | null;
                        highTechRevenue?: number | null;
                        totalRevenue?: number | null;
                        totalCost?: number | null;
                        totalAssets?: number | null;
                        netAssets?: number | null;
                        ip?: {
                            invention?: number;
                            plantVariety?: number;
                            cropVariety?: number;
                            newDrug?: number;
                            tcmProtection?: number;
                            icLayout?: number;
                            utilityModel?: number;
                            design?: number;
                            software?: number;
                        } | null;
                        standardsLed?: number | null;
                        transformations?: number | null;
                    }[];
                    registeredOn?: string;
                    assessedOn?: string;
                    declarations?: {
                        resident?: boolean | null;
                        permittedIndustry?: boolean | null;
                        noViolations?: boolean | null;
                    };
                    direct?: {
                        highTechCertificate?: boolean | null;
                        nationalAwardTop3?: boolean | null;
                        provincialRdInstitution?: boolean | null;
                        ledStandard?: boolean | null;
                    };
                    judgements?: {
                        coreIp?: boolean | null;
                        supportedField?: boolean | null;
                        noIncidents?: boolean | null;
                        points?: {
                            [key: string]: number;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description The assessment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        pack: "tech-sme" | "high-tech";
                        version: string;
                        documents: {
                            number: string;
                            title: string;
                        }[];
                        year: number;
                        /** @enum {string} */
                        verdict: "pass" | "fail" | "unknown";
                        /** @enum {string} */
                        computedVerdict: "pass" | "fail" | "unknown";
                        score: {
                            min: number;
                            max: number;
                        } | null;
                        scoreMax: number;
                        passMark: components["schemas"]["LocalisedText"] | null;
                        conditions: {
                            id: string;
                            label: components["schemas"]["LocalisedText"];
                            /** @enum {string} */
                            verdict: "pass" | "fail" | "unknown";
                            figures: {
                                [key: string]: number | boolean | null;
                            };
                            explanation: components["schemas"]["LocalisedText"];
                            toChange?: components["schemas"]["LocalisedText"];
                            judged: boolean;
                            clause: string;
                        }[];
                        items: {
                            id: string;
                            label: components["schemas"]["LocalisedText"];
                            max: number;
                            min: number;
                            points: {
                                min: number;
                                max: number;
                            };
                            band?: string;
                            figures: {
                                [key: string]: number | boolean | null;
                            };
                            explanation: components["schemas"]["LocalisedText"];
                            toChange?: components["schemas"]["LocalisedText"];
                            judged: boolean;
                            clause: string;
                        }[];
                        judgedParts: string[];
                        summary: components["schemas"]["LocalisedText"];
                        cautions: components["schemas"]["LocalisedText"][];
                    };
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Signed in, but the role or scope does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    takeRegistrySnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    on?: string;
                    /** @default false */
                    sample?: boolean;
                };
            };
        };
        responses: {
            /** @description The snapshot */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        takenOn: string;
                        sample: boolean;
                        enterprises: number;
                        counts: number;
                        figuresWritten: number;
                    };
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Signed in, but the role or scope does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    draftPlanTasks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every task of the plan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        planCode: string;
                        parentId: number | null;
                        position: number;
                        outlineKey: string | null;
                        /** @enum {string} */
                        level: "chapter" | "section" | "part" | "subpart" | "box" | "item";
                        title: string;
                        start: number | null;
                        end: number | null;
                        quote: string | null;
                        /** @enum {string} */
                        state: "pending" | "accepted" | "rejected" | "merged";
                        mergedInto: number | null;
                        /** @enum {string} */
                        origin: "outline" | "split";
                        dueOn: string | null;
                        annualGoal: string | null;
                        bodies: {
                            code: string;
                            nameZh: string;
                            nameEn: string;
                            /** @enum {string} */
                            role: "lead" | "cooperating";
                        }[];
                        indicators: {
                            code: string;
                            nameZh: string;
                            start: number | null;
                            end: number | null;
                            targetIds: number[];
                        }[];
                        unmatchedBodies: {
                            name: string;
                            /** @enum {string} */
                            role: "lead" | "cooperating";
                            start: number | null;
                        }[];
                        milestones: {
                            id: number;
                            taskId: number;
                            dueOn: string;
                            deliverable: string;
                            doneOn: string | null;
                            /** @enum {string} */
                            origin: "manual" | "division";
                            overdue: boolean;
                        }[];
                        latestProgress: {
                            id: number;
                            taskId: number;
                            roundId: number;
                            roundTitle: string;
                            bodyCode: string;
                            /** @enum {string} */
                            state: "not_started" | "in_progress" | "done" | "late";
                            percent: number | null;
                            text: string;
                            evidence: string[];
                            milestonesDone: number[];
                            /** @enum {string} */
                            review: "draft" | "submitted" | "approved" | "returned";
                            version: number;
                            reviewComment: string | null;
                            submittedBy: string | null;
                            submittedAt: string | null;
                            decidedBy: string | null;
                            decidedAt: string | null;
                            updatedAt: string;
                        } | null;
                        /** @enum {string} */
                        standing: "done" | "late" | "on_time";
                        version: number;
                    }[];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The plan has no document */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listPlanTasks: {
        parameters: {
            query?: {
                /** @description Items per page (default 100, at most 1000). */
                limit?: number;
                /** @description Where the page starts: the X-Next-Cursor of the previous page. Opaque; a malformed cursor gets 400 naming `cursor`. */
                cursor?: string;
                asOf?: string;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tasks in document order. One page: the next page's cursor is in X-Next-Cursor and Link rel="next", both absent on the last page. */
            200: {
                headers: {
                    /** @description Cursor of the next page (pass it as `cursor`); absent on the last page. */
                    "X-Next-Cursor"?: string;
                    /** @description The next page's URL, as `<…>; rel="next"`; absent on the last page. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        planCode: string;
                        parentId: number | null;
                        position: number;
                        outlineKey: string | null;
                        /** @enum {string} */
                        level: "chapter" | "section" | "part" | "subpart" | "box" | "item";
                        title: string;
                        start: number | null;
                        end: number | null;
                        quote: string | null;
                        /** @enum {string} */
                        state: "pending" | "accepted" | "rejected" | "merged";
                        mergedInto: number | null;
                        /** @enum {string} */
                        origin: "outline" | "split";
                        dueOn: string | null;
                        annualGoal: string | null;
                        bodies: {
                            code: string;
                            nameZh: string;
                            nameEn: string;
                            /** @enum {string} */
                            role: "lead" | "cooperating";
                        }[];
                        indicators: {
                            code: string;
                            nameZh: string;
                            start: number | null;
                            end: number | null;
                            targetIds: number[];
                        }[];
                        unmatchedBodies: {
                            name: string;
                            /** @enum {string} */
                            role: "lead" | "cooperating";
                            start: number | null;
                        }[];
                        milestones: {
                            id: number;
                            taskId: number;
                            dueOn: string;
                            deliverable: string;
                            doneOn: string | null;
                            /** @enum {string} */
                            origin: "manual" | "division";
                            overdue: boolean;
                        }[];
                        latestProgress: {
                            id: number;
                            taskId: number;
                            roundId: number;
                            roundTitle: string;
                            bodyCode: string;
                            /** @enum {string} */
                            state: "not_started" | "in_progress" | "done" | "late";
                            percent: number | null;
                            text: string;
                            evidence: string[];
                            milestonesDone: number[];
                            /** @enum {string} */
                            review: "draft" | "submitted" | "approved" | "returned";
                            version: number;
                            reviewComment: string | null;
                            submittedBy: string | null;
                            submittedAt: string | null;
                            decidedBy: string | null;
                            decidedAt: string | null;
                            updatedAt: string;
                        } | null;
                        /** @enum {string} */
                        standing: "done" | "late" | "on_time";
                        version: number;
                    }[];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getTask: {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        task: {
                            id: number;
                            planCode: string;
                            parentId: number | null;
                            position: number;
                            outlineKey: string | null;
                            /** @enum {string} */
                            level: "chapter" | "section" | "part" | "subpart" | "box" | "item";
                            title: string;
                            start: number | null;
                            end: number | null;
                            quote: string | null;
                            /** @enum {string} */
                            state: "pending" | "accepted" | "rejected" | "merged";
                            mergedInto: number | null;
                            /** @enum {string} */
                            origin: "outline" | "split";
                            dueOn: string | null;
                            annualGoal: string | null;
                            bodies: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                                /** @enum {string} */
                                role: "lead" | "cooperating";
                            }[];
                            indicators: {
                                code: string;
                                nameZh: string;
                                start: number | null;
                                end: number | null;
                                targetIds: number[];
                            }[];
                            unmatchedBodies: {
                                name: string;
                                /** @enum {string} */
                                role: "lead" | "cooperating";
                                start: number | null;
                            }[];
                            milestones: {
                                id: number;
                                taskId: number;
                                dueOn: string;
                                deliverable: string;
                                doneOn: string | null;
                                /** @enum {string} */
                                origin: "manual" | "division";
                                overdue: boolean;
                            }[];
                            latestProgress: {
                                id: number;
                                taskId: number;
                                roundId: number;
                                roundTitle: string;
                                bodyCode: string;
                                /** @enum {string} */
                                state: "not_started" | "in_progress" | "done" | "late";
                                percent: number | null;
                                text: string;
                                evidence: string[];
                                milestonesDone: number[];
                                /** @enum {string} */
                                review: "draft" | "submitted" | "approved" | "returned";
                                version: number;
                                reviewComment: string | null;
                                submittedBy: string | null;
                                submittedAt: string | null;
                                decidedBy: string | null;
                                decidedAt: string | null;
                                updatedAt: string;
                            } | null;
                            /** @enum {string} */
                            standing: "done" | "late" | "on_time";
                            version: number;
                        };
                        progress: {
                            id: number;
                            taskId: number;
                            roundId: number;
                            roundTitle: string;
                            bodyCode: string;
                            /** @enum {string} */
                            state: "not_started" | "in_progress" | "done" | "late";
                            percent: number | null;
                            text: string;
                            evidence: string[];
                            milestonesDone: number[];
                            /** @enum {string} */
                            review: "draft" | "submitted" | "approved" | "returned";
                            version: number;
                            reviewComment: string | null;
                            submittedBy: string | null;
                            submittedAt: string | null;
                            decidedBy: string | null;
                            decidedAt: string | null;
                            updatedAt: string;
                        }[];
                        history: components["schemas"]["AuditEntry"][];
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    decideTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "accept";
                    changes?: {
                        title?: string;
                        lead?: string[];
                        cooperating?: string[];
                        dueOn?: string | null;
                        annualGoal?: string | null;
                    };
                } | {
                    /** @enum {string} */
                    action: "edit";
                    changes: {
                        title?: string;
                        lead?: string[];
                        cooperating?: string[];
                        dueOn?: string | null;
                        annualGoal?: string | null;
                    };
                } | {
                    /** @enum {string} */
                    action: "reject";
                    reason?: string;
                } | {
                    /** @enum {string} */
                    action: "merge";
                    into: number;
                } | {
                    /** @enum {string} */
                    action: "split";
                    titles: string[];
                };
            };
        };
        responses: {
            /** @description The task after the decision, and any tasks a split created */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        task: {
                            id: number;
                            planCode: string;
                            parentId: number | null;
                            position: number;
                            outlineKey: string | null;
                            /** @enum {string} */
                            level: "chapter" | "section" | "part" | "subpart" | "box" | "item";
                            title: string;
                            start: number | null;
                            end: number | null;
                            quote: string | null;
                            /** @enum {string} */
                            state: "pending" | "accepted" | "rejected" | "merged";
                            mergedInto: number | null;
                            /** @enum {string} */
                            origin: "outline" | "split";
                            dueOn: string | null;
                            annualGoal: string | null;
                            bodies: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                                /** @enum {string} */
                                role: "lead" | "cooperating";
                            }[];
                            indicators: {
                                code: string;
                                nameZh: string;
                                start: number | null;
                                end: number | null;
                                targetIds: number[];
                            }[];
                            unmatchedBodies: {
                                name: string;
                                /** @enum {string} */
                                role: "lead" | "cooperating";
                                start: number | null;
                            }[];
                            milestones: {
                                id: number;
                                taskId: number;
                                dueOn: string;
                                deliverable: string;
                                doneOn: string | null;
                                /** @enum {string} */
                                origin: "manual" | "division";
                                overdue: boolean;
                            }[];
                            latestProgress: {
                                id: number;
                                taskId: number;
                                roundId: number;
                                roundTitle: string;
                                bodyCode: string;
                                /** @enum {string} */
                                state: "not_started" | "in_progress" | "done" | "late";
                                percent: number | null;
                                text: string;
                                evidence: string[];
                                milestonesDone: number[];
                                /** @enum {string} */
                                review: "draft" | "submitted" | "approved" | "returned";
                                version: number;
                                reviewComment: string | null;
                                submittedBy: string | null;
                                submittedAt: string | null;
                                decidedBy: string | null;
                                decidedAt: string | null;
                                updatedAt: string;
                            } | null;
                            /** @enum {string} */
                            standing: "done" | "late" | "on_time";
                            version: number;
                        };
                        created: {
                            id: number;
                            planCode: string;
                            parentId: number | null;
                            position: number;
                            outlineKey: string | null;
                            /** @enum {string} */
                            level: "chapter" | "section" | "part" | "subpart" | "box" | "item";
                            title: string;
                            start: number | null;
                            end: number | null;
                            quote: string | null;
                            /** @enum {string} */
                            state: "pending" | "accepted" | "rejected" | "merged";
                            mergedInto: number | null;
                            /** @enum {string} */
                            origin: "outline" | "split";
                            dueOn: string | null;
                            annualGoal: string | null;
                            bodies: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                                /** @enum {string} */
                                role: "lead" | "cooperating";
                            }[];
                            indicators: {
                                code: string;
                                nameZh: string;
                                start: number | null;
                                end: number | null;
                                targetIds: number[];
                            }[];
                            unmatchedBodies: {
                                name: string;
                                /** @enum {string} */
                                role: "lead" | "cooperating";
                                start: number | null;
                            }[];
                            milestones: {
                                id: number;
                                taskId: number;
                                dueOn: string;
                                deliverable: string;
                                doneOn: string | null;
                                /** @enum {string} */
                                origin: "manual" | "division";
                                overdue: boolean;
                            }[];
                            latestProgress: {
                                id: number;
                                taskId: number;
                                roundId: number;
                                roundTitle: string;
                                bodyCode: string;
                                /** @enum {string} */
                                state: "not_started" | "in_progress" | "done" | "late";
                                percent: number | null;
                                text: string;
                                evidence: string[];
                                milestonesDone: number[];
                                /** @enum {string} */
                                review: "draft" | "submitted" | "approved" | "returned";
                                version: number;
                                reviewComment: string | null;
                                submittedBy: string | null;
                                submittedAt: string | null;
                                decidedBy: string | null;
                                decidedAt: string | null;
                                updatedAt: string;
                            } | null;
                            /** @enum {string} */
                            standing: "done" | "late" | "on_time";
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    importTaskDivision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** @description the file: .xlsx or .csv */
                    file?: unknown;
                };
                "application/json": {
                    fileName: string;
                    contentBase64: string;
                };
            };
        };
        responses: {
            /** @description Imported */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        fileName: string;
                        rows: number;
                        tasks: {
                            row: number;
                            sheet: string;
                            taskId: number;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    addTaskMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    dueOn: string;
                    deliverable: string;
                };
            };
        };
        responses: {
            /** @description The milestone */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        taskId: number;
                        dueOn: string;
                        deliverable: string;
                        doneOn: string | null;
                        /** @enum {string} */
                        origin: "manual" | "division";
                        overdue: boolean;
                    };
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    changeTaskMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    dueOn?: string;
                    deliverable?: string;
                    doneOn?: string | null;
                };
            };
        };
        responses: {
            /** @description The milestone */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        taskId: number;
                        dueOn: string;
                        deliverable: string;
                        doneOn: string | null;
                        /** @enum {string} */
                        origin: "manual" | "division";
                        overdue: boolean;
                    };
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    saveTaskProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    roundId: number;
                    /** @enum {string} */
                    state: "not_started" | "in_progress" | "done" | "late";
                    percent?: number | null;
                    text: string;
                    /** @default [] */
                    evidence?: string[];
                    /** @default [] */
                    milestonesDone?: number[];
                    /** @default false */
                    submit?: boolean;
                };
            };
        };
        responses: {
            /** @description The report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        taskId: number;
                        roundId: number;
                        roundTitle: string;
                        bodyCode: string;
                        /** @enum {string} */
                        state: "not_started" | "in_progress" | "done" | "late";
                        percent: number | null;
                        text: string;
                        evidence: string[];
                        milestonesDone: number[];
                        /** @enum {string} */
                        review: "draft" | "submitted" | "approved" | "returned";
                        version: number;
                        reviewComment: string | null;
                        submittedBy: string | null;
                        submittedAt: string | null;
                        decidedBy: string | null;
                        decidedAt: string | null;
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Round closed, report already submitted, or the task has no lead body */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listTaskProgress: {
        parameters: {
            query?: {
                /** @description Items per page (default 100, at most 1000). */
                limit?: number;
                /** @description Where the page starts: the X-Next-Cursor of the previous page. Opaque; a malformed cursor gets 400 naming `cursor`. */
                cursor?: string;
                roundId?: number;
                review?: "draft" | "submitted" | "approved" | "returned";
                planCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reports, oldest first. One page: the next page's cursor is in X-Next-Cursor and Link rel="next", both absent on the last page. */
            200: {
                headers: {
                    /** @description Cursor of the next page (pass it as `cursor`); absent on the last page. */
                    "X-Next-Cursor"?: string;
                    /** @description The next page's URL, as `<…>; rel="next"`; absent on the last page. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        taskId: number;
                        roundId: number;
                        roundTitle: string;
                        bodyCode: string;
                        /** @enum {string} */
                        state: "not_started" | "in_progress" | "done" | "late";
                        percent: number | null;
                        text: string;
                        evidence: string[];
                        milestonesDone: number[];
                        /** @enum {string} */
                        review: "draft" | "submitted" | "approved" | "returned";
                        version: number;
                        reviewComment: string | null;
                        submittedBy: string | null;
                        submittedAt: string | null;
                        decidedBy: string | null;
                        decidedAt: string | null;
                        updatedAt: string;
                        taskTitle: string;
                        planCode: string;
                    }[];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    approveTaskProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Approved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        taskId: number;
                        roundId: number;
                        roundTitle: string;
                        bodyCode: string;
                        /** @enum {string} */
                        state: "not_started" | "in_progress" | "done" | "late";
                        percent: number | null;
                        text: string;
                        evidence: string[];
                        milestonesDone: number[];
                        /** @enum {string} */
                        review: "draft" | "submitted" | "approved" | "returned";
                        version: number;
                        reviewComment: string | null;
                        submittedBy: string | null;
                        submittedAt: string | null;
                        decidedBy: string | null;
                        decidedAt: string | null;
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Someone else acted first (stale version), or the report is not in a state for this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    returnTaskProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    comment: string;
                };
            };
        };
        responses: {
            /** @description Returned */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        taskId: number;
                        roundId: number;
                        roundTitle: string;
                        bodyCode: string;
                        /** @enum {string} */
                        state: "not_started" | "in_progress" | "done" | "late";
                        percent: number | null;
                        text: string;
                        evidence: string[];
                        milestonesDone: number[];
                        /** @enum {string} */
                        review: "draft" | "submitted" | "approved" | "returned";
                        version: number;
                        reviewComment: string | null;
                        submittedBy: string | null;
                        submittedAt: string | null;
                        decidedBy: string | null;
                        decidedAt: string | null;
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Someone else acted first (stale version), or the report is not in a state for this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's content type is not one the operation accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listOverdueMilestones: {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Overdue milestones, earliest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        planCode: string;
                        asOf: string;
                        milestones: {
                            id: number;
                            taskId: number;
                            dueOn: string;
                            deliverable: string;
                            doneOn: string | null;
                            /** @enum {string} */
                            origin: "manual" | "division";
                            overdue: boolean;
                            taskTitle: string;
                            lead: string[];
                        }[];
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getPlanSupervision: {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Late items by body */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        planCode: string;
                        planTitle: string;
                        asOf: string;
                        items: {
                            bodyCode: string;
                            bodyName: string;
                            taskId: number;
                            taskTitle: string;
                            /** @enum {string} */
                            kind: "milestone_overdue" | "no_progress";
                            what: string;
                            milestoneId: number | null;
                            roundId: number | null;
                            since: string;
                            lastReport: {
                                roundId: number;
                                /** @enum {string} */
                                state: "not_started" | "in_progress" | "done" | "late";
                                percent: number | null;
                                text: string;
                                at: string;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    downloadSupervisionNotice: {
        parameters: {
            query: {
                asOf?: string;
                body: string;
                /** @description language of the notice; the request's Accept-Language when absent */
                lang?: "zh" | "en";
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notice */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `error.field` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description It does */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
}
