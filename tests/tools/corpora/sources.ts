/**
 * Where the evaluation corpora come from. Nothing here is text: each entry names
 * a public repository, the commit, the file and its sha256, and how to cut it
 * into texts. `build.ts` recreates the texts into the git-ignored `.data/`
 * folder; people's text and names are never committed.
 */
export type CorpusKind = 'ordinary' | 'scheme';

export interface CsvSource {
  id: string;
  kind: CorpusKind;
  /** What the texts are, for the report. */
  about: string;
  repo: string;
  commit: string;
  path: string;
  sha256: string;
  format: 'csv';
  /** Column holding the text. */
  column: string;
  /** Keep only rows whose `column` → value matches (e.g. ham e-mails only). */
  where?: { column: string; equals: string };
}

export const SOURCES: readonly CsvSource[] = [
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
];
