import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ApplicationReviewFieldsFragment } from '@cards/schema';
import ApplicationReviewPanel from './index';

const review = {
  id: 'a1',
  version: 5,
  status: 'IN_CONSULTATION',
  submissionCount: 2,
  resubmissionChanges: [{ field: 'leadUnit', label: '牵头单位', before: '长沙市工信局', after: '长沙市工信局（产业科）' }],
  comments: [{ id: 'c1', text: '可以进入协商', authorName: '李明（工号 A012）', createdAt: '2026-12-02T01:00:00.000Z' }],
  reviewer: null,
  agreement: null,
} as unknown as ApplicationReviewFieldsFragment;

describe('ApplicationReviewPanel', () => {
  it('shows the resubmission’s changes before → after, the comments, and offers the agreement in consultation', () => {
    const onAttach = vi.fn();
    const onAddComment = vi.fn();
    render(
      <ApplicationReviewPanel
        review={review}
        staff={[]}
        comment="好"
        onComment={vi.fn()}
        onAddComment={onAddComment}
        onAssign={vi.fn()}
        onAttach={onAttach}
        busy={null}
        error={null}
      />,
    );
    const diff = screen.getByRole('table', { name: '重新提交的修改（第 2 次提交）' });
    const row = within(diff).getAllByRole('row')[1];
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['牵头单位', '长沙市工信局', '长沙市工信局（产业科）']);
    expect(within(screen.getByRole('list', { name: /内部评论/ })).getByText('可以进入协商')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '上传签约协议（PDF）' }));
    expect(onAttach).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '发表评论' }));
    expect(onAddComment).toHaveBeenCalled();
  });

  it('hides the diff on a first submission and the upload before consultation', () => {
    render(
      <ApplicationReviewPanel
        review={{ ...review, status: 'SUBMITTED', submissionCount: 1, resubmissionChanges: [] }}
        staff={[]}
        comment=""
        onComment={vi.fn()}
        onAddComment={vi.fn()}
        onAssign={vi.fn()}
        onAttach={vi.fn()}
        busy={null}
        error={null}
      />,
    );
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('button', { name: '上传签约协议（PDF）' })).toBeNull();
    expect(screen.getByText('进入协商后可上传双方签字盖章的协议')).toBeTruthy();
  });
});
