/**
 * Where the evaluation corpora come from. Nothing here is text: each entry names
 * a public repository, the commit, the file (or folder) and its sha256, and how
 * to cut it into texts. `build.ts` recreates the texts into the git-ignored
 * `.data/` folder; people's text and names are never committed.
 */
import type { CutterName } from './cutters';

export type CorpusKind = 'ordinary' | 'scheme';

interface SourceBase {
  id: string;
  kind: CorpusKind;
  /** What the texts are, for the report. */
  about: string;
  repo: string;
  commit: string;
  /**
   * Caps that keep `npm run eval` quick: texts kept (the first, in a stable
   * order), characters per text (cut at a word), the fewest characters a text
   * needs to be kept at all, and how many texts may share their first 40
   * characters (automated notices and templates would otherwise fill the count).
   */
  limit?: { texts?: number; chars?: number; minChars?: number; sameOpening?: number };
}

/** One CSV file; each row's `column` is a text. */
export interface CsvSource extends SourceBase {
  format: 'csv';
  path: string;
  /** Of the file at `path` (the archive, when `zipEntry` is given). */
  sha256: string;
  /** When `path` is a ZIP archive: the CSV inside it. */
  zipEntry?: string;
  /** How each cell becomes a text (see cutters.ts); as it is when absent. */
  cutter?: CutterName;
  /** Column holding the text. */
  column: string;
  /** Keep only rows whose `column` → value matches (e.g. ham e-mails only). */
  where?: { column: string; equals: string };
}

/**
 * A folder of files, one message each. `sha256` is taken over the sorted
 * manifest of the files kept: one line `path<TAB>sha256 of the file` each.
 */
export interface FilesSource extends SourceBase {
  format: 'files';
  /** Paths (from the repository root) of the files to read. */
  pattern: RegExp;
  sha256: string;
  /** How one file becomes a text (see cutters.ts). */
  cutter: CutterName;
}

export type Source = CsvSource | FilesSource;

export const SOURCES: readonly Source[] = [
  {
    id: 'resumes-updated-dataset',
    kind: 'ordinary',
    about: 'résumés (the public "UpdatedResumeDataSet" of 962 résumés in 25 job categories)',
    repo: 'Jamadagyajit-Swain/Resume-Screening-using-Python-Streamlit',
    commit: 'c3fa1d598aba04f3d446a1fd7014568614f94323',
    path: 'UpdatedResumeDataSet.csv',
    sha256: '502444b2e4911d5e82caa1883e8bc350c8543e963f3f05bff18cf0db618c859e',
    format: 'csv',
    column: 'Resume',
  },
  {
    id: 'sms-ham-messages',
    kind: 'ordinary',
    about: 'short personal chat messages, the "ham" part of the public SMS spam collection (plain, short, ungrammatical, like scheme chat)',
    repo: 'WithAPorpoise/public_datasets',
    commit: '4d85b5081925153aed59e1bf8406bba1d1796a4f',
    path: 'spam_ham_dataset.csv',
    sha256: '82d9abde040447b378166e9332c3e8ef43f58c8935a1a508b24fe1748d3a66bf',
    format: 'csv',
    column: 'message',
    where: { column: 'class', equals: 'ham' },
  },
  {
    id: 'enron-business-emails',
    kind: 'ordinary',
    about:
      'business e-mails from the public Enron corpus (the Enron Archive\'s HTML copy: inbox, sent, deleted and filed mail of ten employees), body only, without quoted replies or forwards',
    repo: 'enronarchive/enron-mail',
    commit: 'bc651f319decc9e440d178108eb975d8d88393e4',
    format: 'files',
    // The messages of those folders and their subfolders; not the attachments.
    pattern: /^mail\/[^/]+\/(Inbox|Sent|Sent Items|Deleted Items|All documents|Discussion threads)\/(?!attachments\/)([^/]+\/)?[^/]+\.html$/,
    sha256: '410f43c4cbbd0c017d480b96e8ce31b7d000b8b30c9b18c15696f36ba3892e15',
    cutter: 'html-mail-body',
    limit: { texts: 3000, chars: 5000, minChars: 20, sameOpening: 2 },
  },
  {
    id: 'cover-letters',
    kind: 'ordinary',
    about: 'cover letters (a public collection of 1,881 example cover letters across job fields, gathered to train a cover-letter generator)',
    repo: 'moejoe3/NLG-for-Cover-Letters',
    commit: '9686e0b5c1c9ae87a06d37c569b035e1899bac22',
    path: 'cover_letters.csv',
    sha256: 'e6e23dc55205bd6b8017e6fa74e8b65f23598257f66bf6939bc310f6add2cdb7',
    format: 'csv',
    column: 'text',
  },
  {
    id: 'resumes-us-it',
    kind: 'ordinary',
    about: 'résumés of IT professionals in the United States (a public set of 224 full-text résumés in 18 job categories, mostly software roles)',
    repo: 'Soumyartho/Resume-Parser',
    commit: '95bbf35134f9cf7856a94cfd66145f5489cf72f8',
    path: 'data/Resume.csv',
    sha256: '89cbfd44d6d90383696bfb706e1e3b481e4e870bd9a42787d1bc025c4b9186e4',
    format: 'csv',
    column: 'Resume',
  },
  {
    id: 'upwork-profile-overviews',
    kind: 'ordinary',
    about: 'freelancers\' own profile overviews on Upwork (a public scrape of 69 software freelancers\' public profiles, committed to a scraper\'s repository and later removed)',
    repo: 'bitgeese/upwork-freelancer-scraper',
    commit: '43d8b8618209d4bbbf84ea632a27b11e521e997d',
    path: 'freelancers.csv',
    sha256: '43390acc62806b781a7bab3141e3e15c5dbcc44630be60e16a12da7f261153a4',
    format: 'csv',
    column: 'description',
  },
  {
    id: 'resumes-livecareer-sample',
    kind: 'ordinary',
    about: 'résumés across trades and professions (117 of the public résumé set collected from a résumé-builder site\'s examples, as plain text)',
    repo: 'granchenkooleg/llamaindex-cv-project',
    commit: '703e09b36e1bf91dc4121aea75808e3fce0a59d4',
    path: 'archive/Resume/Resume.csv',
    sha256: 'cfe909792ab25032dc4c753fe6ea80af5e1557390a8d7b5ab4e47587d1b57eee',
    format: 'csv',
    column: 'Resume_str',
  },
  {
    id: 'enron-spam-ham-emails',
    kind: 'ordinary',
    about:
      'business e-mails, the "ham" half of the public Enron-Spam corpus (one Enron mailbox, lower-cased with punctuation spaced out by its makers), own part only',
    repo: 'Adjadhav123/DVC_with_AWS',
    commit: 'aa0fb8dc7b02e931dbb5a3e50f8b0ccce58bd589',
    path: 'spam_ham_dataset.csv.zip',
    sha256: 'ecb669009678f66fe27a21e94c130d816c38cf9c350c5e434156dc658d3299df',
    zipEntry: 'spam_ham_dataset.csv',
    format: 'csv',
    column: 'text',
    where: { column: 'label', equals: 'ham' },
    cutter: 'plain-mail-body',
    limit: { texts: 3000, chars: 5000, minChars: 20, sameOpening: 2 },
  },
];
